package org.ecokiosk.ingest;

/**
 * Undoes what office software does to numbers: full-width digits and signs (１２．５),
 * thousands separators, stray spaces. Anything still not a number is reported, not guessed.
 * A comma counts as a thousands separator only in groups of three ("1,234.5"): "0,5" may be a
 * European decimal comma, so it is left in place and refused rather than read as 5.
 */
public final class Numbers {
    private static final java.util.regex.Pattern THOUSANDS =
            java.util.regex.Pattern.compile("[-+]?\\d{1,3}([,，]\\d{3})+([.．]\\d+)?");

    private Numbers() {
    }

    public static String normalise(String raw) {
        if (isPlain(raw)) {
            return raw;   // the common case, millions of times in an hourly import: nothing to undo
        }
        String digits = halfWidth(raw);
        if ((digits.indexOf(',') >= 0) && !THOUSANDS.matcher(digits).matches()) {
            return digits;
        }
        return digits.replace(",", "");
    }

    private static boolean isPlain(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits, signs and points to ASCII; spaces out; the Chinese comma to ','. */
    private static String halfWidth(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (char ch : raw.trim().toCharArray()) {
            if (ch >= '\uFF10' && ch <= '\uFF19') {
                sb.append((char) ('0' + (ch - '\uFF10')));
            } else if (ch == '\uFF0E' || ch == '\u3002') {
                sb.append('.');
            } else if (ch == '\uFF0D' || ch == '\u2212') {
                sb.append('-');
            } else if (ch == '\uFF0B') {
                sb.append('+');
            } else if (ch == '\uFF1A') {
                sb.append(':');
            } else if (ch == '\uFF0C') {
                sb.append(',');
            } else if (ch == ' ' || ch == '\u3000') {
                continue; // stray spaces, including the full-width one
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}

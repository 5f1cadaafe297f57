package org.ecokiosk.ingest;

/**
 * Undoes what office software does to numbers: full-width digits and signs (１２．５),
 * thousands separators, stray spaces. Anything still not a number is reported, not guessed.
 */
public final class Numbers {
    private Numbers() {
    }

    public static String normalise(String raw) {
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
            } else if (ch == ',' || ch == '\uFF0C' || ch == ' ' || ch == '\u3000') {
                continue; // thousands separators and spaces
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}

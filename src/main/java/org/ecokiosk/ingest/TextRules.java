package org.ecokiosk.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for text that reaches residents (names, descriptions, notes, links) and for every cell
 * of an imported file. Text is shown on the kiosk, printed in PDFs and, for links, turned into
 * QR codes on residents' phones, so it may hold no control characters, no bidi overrides that
 * reorder what is read, no HTML, nothing absurdly long; codes are identifiers, not paths.
 */
public final class TextRules {
    /** Any one cell of an imported file; longer is never a real value (a 7 MB description was). */
    public static final int MAX_CELL = 10_000;
    /** Names, titles, addresses: one line. */
    public static final int MAX_NAME = 200;
    /** Descriptions, notes, summaries. */
    public static final int MAX_TEXT = 4_000;
    public static final int MAX_URL = 500;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9])?");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|&#|&[a-zA-Z]{2,8};");

    private TextRules() {
    }

    /** Control characters (C0 but tab and line breaks, DEL, C1) and the Unicode ones that reorder or hide text. */
    public static boolean isUnprintable(int cp) {
        return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || isBidiControl(cp) || cp == 0x2028
                || cp == 0x2029 || cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D) || cp == 0xFFFD;
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** What is wrong with a raw cell of any imported file: a control character or its length. */
    public static Optional<Violation> cell(String field, String value) {
        if (value.length() > MAX_CELL) {
            return Optional.of(new Violation(field, "单元格太长（" + value.length() + " 个字符，上限 " + MAX_CELL + "）",
                    "the cell is too long (" + value.length() + " characters, limit " + MAX_CELL + ")"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                String name = String.format("U+%04X", (int) c) + (c == 0 ? " NUL" : "");
                return Optional.of(new Violation(field, "单元格含有控制字符 " + name + "（第 " + (i + 1) + " 个字符），请删除",
                        "the cell holds the control character " + name + " (character " + (i + 1) + "); remove it"));
            }
        }
        return Optional.empty();
    }

    /** A name, title or address: one line of plain text, at most {@value #MAX_NAME} characters. */
    public static Optional<Violation> name(String field, String value) {
        return plain(field, value, MAX_NAME, false);
    }

    /** A description, note or summary: plain text, line breaks allowed, at most {@value #MAX_TEXT} characters. */
    public static Optional<Violation> text(String field, String value) {
        return plain(field, value, MAX_TEXT, true);
    }

    private static Optional<Violation> plain(String field, String value, int max, boolean lineBreaks) {
        if (value.codePointCount(0, value.length()) > max) {
            return Optional.of(new Violation(field, "“" + field + "”太长（上限 " + max + " 个字符）",
                    "'" + field + "' is too long (limit " + max + " characters)"));
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (lineBreaks && (cp == '\n' || cp == '\r' || cp == '\t')) {
                continue;
            }
            if (isBidiControl(cp)) {
                return Optional.of(new Violation(field, "“" + field + "”含有改变文字方向的控制字符 " + String.format("U+%04X", cp)
                        + "，它会让显示的文字与实际不同", "'" + field + "' holds the bidi control character "
                        + String.format("U+%04X", cp) + ", which makes text display differently from what it says"));
            }
            if (isUnprintable(cp)) {
                return Optional.of(new Violation(field, "“" + field + "”含有不可见的控制字符 " + String.format("U+%04X", cp)
                        + (lineBreaks ? "" : "（名称只能是一行）"), "'" + field + "' holds the invisible control character "
                        + String.format("U+%04X", cp) + (lineBreaks ? "" : " (a name is one line)")));
            }
        }
        if (MARKUP.matcher(value).find()) {
            return Optional.of(new Violation(field, "“" + field + "”不能包含 HTML 代码或实体（如 <b>、&amp;lt;）",
                    "'" + field + "' must not contain HTML tags or entities (such as <b> or &lt;)"));
        }
        return Optional.empty();
    }

    /** A code (indicator, facility, town, section, station): letters, digits and . _ - only, never a path. */
    public static Optional<Violation> code(String field, String value) {
        if (!CODE.matcher(value).matches() || value.contains("..")) {
            return Optional.of(new Violation(field, "编号“" + Excerpt.of(value) + "”无效：只能用字母、数字和 . _ -（不超过 64 个字符，"
                    + "首尾为字母或数字）", "code '" + Excerpt.of(value) + "' is not valid: letters, digits and . _ - only "
                    + "(at most 64, starting and ending with a letter or digit)"));
        }
        return Optional.empty();
    }

    /**
     * A booking or tour link, shown as a QR code that residents open on their phones: https only,
     * no user name or password in it, and a public host (no localhost, no private or link-local
     * address, no numeric tricks such as 2130706433 for 127.0.0.1). Empty means "no link".
     */
    public static Optional<Violation> link(String field, String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> why = linkProblem(value);
        return why.map(w -> new Violation(field, "网址“" + Excerpt.of(value, 60) + "”不能使用：" + zh(w),
                "the link '" + Excerpt.of(value, 60) + "' cannot be used: " + w));
    }

    private static Optional<String> linkProblem(String value) {
        if (value.length() > MAX_URL) {
            return Optional.of("it is longer than " + MAX_URL + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c == 0x7F || c == '\\' || c == '"' || c == '<' || c == '>') {
                return Optional.of("it holds a space, quote or control character");
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a valid web address");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("it must start with https://");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return Optional.of("it must not hold a user name or password (user@…)");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("it names no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            return ipProblem(host.substring(1, host.length() - 1));
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".home.arpa")
                || host.endsWith(".intranet") || !host.contains(".")) {
            return Optional.of("its host " + host + " is a local name, not reachable from residents' phones");
        }
        if (host.matches("(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+))*")) {
            // every label numeric: an address, perhaps written as 2130706433, 0x7f.1 or 0177.0.0.1
            if (!host.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
                return Optional.of("its host " + host + " is a numeric address in a disguised form");
            }
            return ipProblem(host);
        }
        return Optional.empty();
    }

    private static Optional<String> ipProblem(String literal) {
        InetAddress address;
        try {
            // a literal address: parsed, never looked up
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("its host is not a valid address");
        }
        byte[] b = address.getAddress();
        boolean cgnat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xC0) == 64;
        boolean zeroNet = b.length == 4 && b[0] == 0;
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xFE) == 0xFC;
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress() || cgnat || zeroNet || uniqueLocal) {
            return Optional.of("its host " + literal + " is a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    private static String zh(String en) {
        if (en.startsWith("it must start with https")) {
            return "必须以 https:// 开头";
        }
        if (en.contains("user name")) {
            return "不能包含用户名或密码（user@…）";
        }
        if (en.contains("local name") || en.contains("loopback") || en.contains("disguised")) {
            return "主机是本机、内网或伪装的数字地址，居民手机无法访问";
        }
        if (en.contains("longer")) {
            return "超过 " + MAX_URL + " 个字符";
        }
        if (en.contains("space")) {
            return "含有空格、引号或控制字符";
        }
        return "不是有效的网址";
    }
}

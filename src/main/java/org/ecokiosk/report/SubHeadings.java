package org.ecokiosk.report;

/** "（一）…", "（二）…": a chapter's sections numbered in the order they are written. */
final class SubHeadings {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五"};
    private int count;

    String next(String title) {
        String n = count < NUMERALS.length ? NUMERALS[count] : String.valueOf(count + 1);
        count++;
        return "（" + n + "）" + title;
    }
}

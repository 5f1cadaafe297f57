package org.ecokiosk.report;

/** Running numbers of figures and tables within one document ("图 3", "表 5"). */
final class Numbering {
    private int figures;
    private int tables;

    String nextFigure(String title) {
        return "图 " + (++figures) + "  " + title;
    }

    String nextTable(String title) {
        return "表 " + (++tables) + "  " + title;
    }
}

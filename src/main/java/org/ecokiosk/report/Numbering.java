package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Running numbers of figures and tables within one document ("图 3", "表 5"), each with the
 * {@link Provenance} of its figures: numbering an item without saying where its figures come
 * from is not possible, so the appendix 数据来源与方法 lists every table and chart.
 */
final class Numbering {
    /** One numbered item and where its figures come from. */
    record Traced(String caption, Provenance provenance) {
    }

    private final List<Traced> traced = new ArrayList<>();
    private int figures;
    private int tables;

    String nextFigure(String title, Provenance provenance) {
        return trace("图 " + (++figures) + "  " + title, provenance);
    }

    String nextTable(String title, Provenance provenance) {
        return trace("表 " + (++tables) + "  " + title, provenance);
    }

    List<Traced> traced() {
        return List.copyOf(traced);
    }

    private String trace(String caption, Provenance provenance) {
        traced.add(new Traced(caption, provenance));
        return caption;
    }
}

package org.ecokiosk.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys the rows of one import have taken, across all its files: a second row with the key
 * of an earlier one is a mistake (never a silent last-wins, never a database error), reported
 * with both places, file:line and file:line.
 */
public final class RowClaims {
    private final Map<String, String> firstSeen = new HashMap<>();

    /**
     * True when {@code key} is new; otherwise a problem at {@code field} of this row naming where
     * the key first appeared. {@code shown} is the key as staff know it (a code, a code and a date).
     */
    public boolean claim(String key, Cells cells, String field, String shown) {
        String here = cells.where();
        String earlier = firstSeen.putIfAbsent(key, here);
        if (earlier == null) {
            return true;
        }
        cells.fail(field, "“" + Excerpt.of(shown) + "”重复：" + earlier + " 已有同一项（" + here + " 与 " + earlier + " 只能保留一行）",
                "'" + Excerpt.of(shown) + "' appears twice: already at " + earlier + " (" + here + " and " + earlier
                        + " cannot both be imported)");
        return false;
    }
}

package org.ecokiosk.ingest.air;

import org.ecokiosk.ingest.Excerpt;
import org.ecokiosk.ingest.Numbers;
import org.ecokiosk.ingest.Problems;

/**
 * Reads one concentration cell: empty, NA or a dash is a missing hour (NaN); anything else must
 * be a number ≥ 0 and below a ceiling no real analyser reports, which catches µg/mg mix-ups.
 */
final class Concentrations {
    /** µg/m³; PRSA's largest values are 999 (PM) and 1071 (O3). */
    static final double MAX_MICROGRAMS = org.ecokiosk.ingest.ContentRules.AIR_MAX_MICROGRAMS;
    /** mg/m³ for CO. */
    static final double MAX_CO_MILLIGRAMS = org.ecokiosk.ingest.ContentRules.AIR_MAX_CO_MILLIGRAMS;

    private Concentrations() {
    }

    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equals("-") || cell.equals("—")
                || cell.equalsIgnoreCase("NaN");
    }

    /**
     * Plain ASCII digits, at most nine: most cells of an hourly file. Read as an int, which is the
     * same number as parsing the text as a double, without the double parser's allocations.
     */
    private static boolean isSmallWholeNumber(String cell) {
        if (cell.length() > 9) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value, NaN when missing or wrong (wrong cells are reported). */
    static double read(AirCsvSource source, AirCsvSource.Line line, int column, String field, double max,
                       String unit, Problems problems) {
        String cell = line.get(column);
        if (isMissing(cell)) {
            return Double.NaN;
        }
        double value;
        try {
            value = isSmallWholeNumber(cell) ? Integer.parseInt(cell) : Double.parseDouble(Numbers.normalise(cell));
        } catch (NumberFormatException e) {
            problems.add(source.problem(line, column, field, "“" + Excerpt.of(cell) + "”不是数字（缺测请留空或写 NA）",
                    "'" + Excerpt.of(cell) + "' is not a number (leave missing hours empty or write NA)"));
            return Double.NaN;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            problems.add(source.problem(line, column, field, "“" + Excerpt.of(cell) + "”不是数字", "'" + Excerpt.of(cell) + "' is not a number"));
            return Double.NaN;
        }
        if (value < 0) {
            problems.add(source.problem(line, column, field, "浓度“" + Excerpt.of(cell) + "”为负数，浓度不能为负",
                    "concentration '" + Excerpt.of(cell) + "' is negative"));
            return Double.NaN;
        }
        if (value > max) {
            problems.add(source.problem(line, column, field, "“" + Excerpt.of(cell) + "”超过合理上限 " + max + " " + unit + "，请检查单位",
                    "'" + Excerpt.of(cell) + "' is above the plausible maximum " + max + " " + unit + "; check the unit"));
            return Double.NaN;
        }
        return value;
    }
}

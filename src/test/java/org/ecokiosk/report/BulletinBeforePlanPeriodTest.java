package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

/**
 * A bulletin for a year before the 14th plan's period (2016: the 13th plan's targets applied)
 * judges nothing against the 2025 targets: no 终期评估 summary, no progress table, no 2020
 * baseline as context; a year in the period keeps them.
 */
class BulletinBeforePlanPeriodTest {

    private static String bulletin(int year) throws Exception {
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            return ReportTexts.all(ReportBuilder.render(ReportRequest.bulletin(year), snapshot));
        }
    }

    @Test
    void twoThousandSixteenIsNotJudgedAgainstThePlansTargets() throws Exception {
        String text = bulletin(2016);
        assertTrue(text.contains(ReportTexts.squeeze("2016年在“十四五”规划期（2021–2025年）之前")), "the reason is said");
        assertFalse(text.contains("按终期评估口径"), "no final-evaluation counts in 综述 or chapter 七");
        assertFalse(text.contains("中期评估（2023年）与终期评估（2025年）"), "no progress table");
        assertFalse(text.contains("2020年基线"), "a later baseline is no context for 2016");
        assertFalse(text.contains("规划目标（≤"), "no verdict against the 2025 PM2.5 target");
    }

    @Test
    void aYearOfThePeriodKeepsTheProgressSummary() throws Exception {
        String text = bulletin(ReportFixtures.YEAR);
        assertTrue(text.contains("按终期评估口径"), "final-evaluation counts");
        assertTrue(text.contains("中期评估（2023年）与终期评估（2025年）"), "progress table");
    }
}

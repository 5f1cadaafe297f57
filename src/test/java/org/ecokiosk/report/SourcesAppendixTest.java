package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecokiosk.model.SnapshotMeta;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

/** Every report ends with 数据来源与方法, tracing each numbered table and chart. */
class SourcesAppendixTest {
    private static final String APPENDIX = "附录数据来源与方法";

    @Test
    void bulletinTracesEveryTableAndChart() throws Exception {
        assertTraced(ReportRequest.bulletin(ReportFixtures.YEAR), "HJ633-2012", "GB3096-2008", "HJ640-2012",
                "GB3838-2002");
    }

    @Test
    void planProgressTracesBothTables() throws Exception {
        assertTraced(ReportRequest.planProgress(ReportFixtures.YEAR), "专栏2");
    }

    private static void assertTraced(ReportRequest request, String... rules) throws Exception {
        String text;
        SnapshotMeta meta;
        int airDays;
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            text = ReportTexts.all(ReportBuilder.render(request, snapshot));
            meta = snapshot.meta();
            airDays = snapshot.airDays(java.util.Optional.empty(), java.time.LocalDate.of(ReportRequest.FIRST_YEAR, 1, 1),
                    java.time.LocalDate.of(request.year(), 12, 31)).size();
        }
        int at = text.lastIndexOf(APPENDIX);
        assertTrue(at > 0, "appendix heading");
        String body = text.substring(0, at);
        String appendix = text.substring(at);
        assertTrue(appendix.contains(meta.contentSha256()), "content SHA-256");
        assertTrue(appendix.contains("数据截至" + org.ecokiosk.report.pdf.OfficialText.date(meta.dataAsOf())), "data as of");
        assertTrue(appendix.contains("空气质量日数据（air_day，" + airDays + "行）"), "air_day rows read");
        assertTrue(appendix.contains("示例数据"), "origin of the sample fixture");
        for (String rule : rules) {
            assertTrue(appendix.contains(rule), rule);
        }
        Set<String> captions = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(表|图)(\\d+)(?=\\S)").matcher(body);
        while (m.find()) {
            captions.add(m.group(1) + m.group(2));
        }
        assertTrue(captions.size() >= 2, "numbered items found: " + captions);
        for (String caption : captions) {
            assertTrue(appendix.contains(caption), caption + " traced in the appendix");
        }
    }
}

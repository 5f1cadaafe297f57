package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecokiosk.report.pdf.LaidOutLines;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.ecokiosk.snapshot.SnapshotReader;
import org.junit.jupiter.api.Test;

/**
 * PM₁₀ and PM₂.₅ are set like SO₂, NO₂ and O₃ in text, headings, captions and table cells of the
 * reports: the number smaller and lower than the letters before it, while the extracted text
 * still reads "PM2.5" (what a search or a screen reader finds).
 */
class SubscriptsInReportsTest {
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z0-9.])(SO2|NO2|O3|PM10|PM2\\.5)(?![0-9]|\\.[0-9])");

    @Test
    void bulletinSetsEverySymbolsNumberAsASubscript() throws Exception {
        assertSubscripted(ReportRequest.bulletin(ReportFixtures.YEAR), List.of("PM2.5", "PM10", "SO2", "NO2", "O3"));
    }

    @Test
    void planProgressSetsPm25AsASubscript() throws Exception {
        assertSubscripted(ReportRequest.planProgress(ReportFixtures.YEAR), List.of("PM2.5"));
    }

    private static void assertSubscripted(ReportRequest request, List<String> expected) throws Exception {
        byte[] pdf;
        try (SnapshotReader snapshot = SnapshotReader.open(ReportFixtures.sampleSnapshot())) {
            pdf = ReportBuilder.render(request, snapshot);
        }
        Map<String, Integer> seen = new TreeMap<>();
        List<String> plain = new ArrayList<>();
        for (List<TextPosition> run : glyphRuns(pdf)) {
            StringBuilder text = new StringBuilder();
            run.forEach(g -> text.append(g.getUnicode()));
            Matcher m = SYMBOL.matcher(text);
            while (m.find()) {
                String symbol = m.group(1);
                int digits = Character.isDigit(symbol.charAt(symbol.length() - 1)) && symbol.startsWith("PM")
                        ? symbol.length() - 2 : 1;
                TextPosition letter = run.get(m.end() - digits - 1);
                boolean ok = true;
                for (int i = m.end() - digits; i < m.end(); i++) {
                    TextPosition digit = run.get(i);
                    ok &= digit.getFontSizeInPt() < letter.getFontSizeInPt() * 0.8f
                            && digit.getYDirAdj() > letter.getYDirAdj() + 0.5f;
                }
                seen.merge(symbol, 1, Integer::sum);
                if (!ok) {
                    plain.add(symbol + " in \"" + text.substring(Math.max(0, m.start() - 12), Math.min(text.length(), m.end() + 6)) + "\"");
                }
            }
        }
        for (String symbol : expected) {
            assertTrue(seen.getOrDefault(symbol, 0) > 0, symbol + " appears: " + seen);
        }
        assertTrue(plain.isEmpty(), plain.size() + " of " + seen + " without a subscript, e.g. " + plain.subList(0, Math.min(8, plain.size())));
    }

    /** Each page's glyphs in the order they are drawn (a subscript follows its letters). */
    private static List<List<TextPosition>> glyphRuns(byte[] pdf) throws IOException {
        List<List<TextPosition>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                pages.add(LaidOutLines.glyphs(doc, n));
            }
        }
        return pages;
    }
}

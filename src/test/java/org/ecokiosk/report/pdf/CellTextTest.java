package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.ecokiosk.report.PdfValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A table cell's single line set directly ({@link CellTextRenderer}) against the same document
 * with every cell laid out by iText's paragraph layout: the same glyphs at the same places
 * (to the hundredth of a point the content stream writes), the same pages and the same
 * structure tree (TH/TD, scopes, marked-content order); wrapped and subscripted cells stay with iText.
 */
class CellTextTest {

    private static final float TOLERANCE = 0.011f;
    private static byte[] direct;
    private static byte[] byIText;
    private static List<String> linesSet;

    @BeforeAll
    static void buildBoth() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.fontbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        CellLineMetrics metrics = new CellLineMetrics();
        direct = ArchivalPdf.build(SampleReport.settings(), CellTextTest::write, metrics);
        linesSet = metrics.linesSet();
        byIText = ArchivalPdf.build(SampleReport.settings(), CellTextTest::write, new CellLineMetrics(false));
    }

    static void write(ArchivalPdf doc) {
        SampleReport.write(doc);
        doc.table(new DataTable("表 3  对齐与换行",
                List.of("项目", "数值", "说明"),
                List.of(List.of("右对齐数字", "1,234.5", "短句"),
                        List.of("百分数", "-2.5%", "一段很长的说明文字，需要在这个较窄的单元格里换成好几行才能放下"),
                        List.of("SO2 年均浓度", "≤ 60", "含下标的单元格由 iText 排版"),
                        List.of("空白", "", "  两端有空格  "),
                        List.of("Latin text", "—", "GB 3095-2012 二级")),
                true, List.of(2f, 1f, 2f)));
        doc.grid(new GridTable("表 4  合并单元格",
                List.of(List.of(GridCell.columnHeader("类别").span(1, 2), GridCell.columnHeader("数量").span(2, 1)),
                        List.of(GridCell.columnHeader("本年"), GridCell.columnHeader("上年"))),
                List.of(List.of(GridCell.rowHeader("申请").span(1, 2), GridCell.data("12"), GridCell.data("9")),
                        List.of(GridCell.data("0"), GridCell.data("不予公开，因涉及国家秘密")),
                        List.of(GridCell.rowHeader("合计"), GridCell.data("12"), GridCell.data("—"))),
                List.of(3f, 1f, 1f), 8f));
    }

    @Test
    void singleLinesAreSetDirectlyAndTheRestByIText() {
        for (String direct : List.of("1,234.5", "-2.5%", "≤ 60", "短句", "Latin text", "—", "GB 3095-2012 二级",
                "项目", "类别", "本年", "申请", "12", "0", "合计", "2025年目标", "≥ 300", "溶解氧 mg/L")) {
            assertTrue(linesSet.contains(direct), "set directly: '" + direct + "' among " + linesSet);
        }
        for (String byIText : List.of("一段很长的说明文字，需要在这个较窄的单元格里换成好几行才能放下", "不予公开，因涉及国家秘密",
                "SO", "PM", "", "  两端有空格  ", "两端有空格")) {
            assertTrue(!linesSet.contains(byIText), "left to iText: '" + byIText + "'");
        }
        // the sample's tables 1 and 2, tables 3 and 4: 114 cells, 5 of them wrapped, subscripted or blank-edged
        assertEquals(114 - 5, linesSet.size(), String.valueOf(linesSet));
    }

    @Test
    void glyphsSitWhereITextPutsThem() throws IOException {
        try (PDDocument a = Loader.loadPDF(direct); PDDocument b = Loader.loadPDF(byIText)) {
            assertEquals(b.getNumberOfPages(), a.getNumberOfPages());
            for (int n = 1; n <= a.getNumberOfPages(); n++) {
                List<TextPosition> ga = LaidOutLines.glyphs(a, n);
                List<TextPosition> gb = LaidOutLines.glyphs(b, n);
                assertEquals(gb.size(), ga.size(), "glyphs on page " + n);
                for (int i = 0; i < ga.size(); i++) {
                    TextPosition x = ga.get(i);
                    TextPosition y = gb.get(i);
                    String where = "page " + n + " glyph " + i + " '" + y.getUnicode() + "'";
                    assertEquals(y.getUnicode(), x.getUnicode(), where);
                    assertEquals(y.getXDirAdj(), x.getXDirAdj(), TOLERANCE, where);
                    assertEquals(y.getYDirAdj(), x.getYDirAdj(), TOLERANCE, where);
                    assertEquals(y.getFontSizeInPt(), x.getFontSizeInPt(), 0.001f, where);
                    assertEquals(y.getFont().getName(), x.getFont().getName(), where);
                }
            }
        }
    }

    @Test
    void structureTreeIsTheSame() throws IOException {
        String a = structure(direct);
        String b = structure(byIText);
        // the same elements, attributes and marked content; the boxes' coordinates to the hundredth of a point
        assertEquals(NUMBER.matcher(b).replaceAll("#"), NUMBER.matcher(a).replaceAll("#"));
        List<Float> na = numbers(a);
        List<Float> nb = numbers(b);
        assertEquals(nb.size(), na.size());
        for (int i = 0; i < na.size(); i++) {
            assertEquals(nb.get(i), na.get(i), TOLERANCE, "number " + i + " of the structure tree");
        }
        assertTrue(a.contains("O=Table Scope=Column"), "column headers keep their scope");
        assertTrue(a.contains("O=Table Scope=Row"), "row headers keep their scope");
    }

    private static final Pattern NUMBER = Pattern.compile("COS(Float|Int)\\{(-?[0-9.]+)\\}");

    private static List<Float> numbers(String structure) {
        List<Float> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(structure);
        while (m.find()) {
            numbers.add(Float.parseFloat(m.group(2)));
        }
        return numbers;
    }

    @Test
    void staysPdfUa1AndPdfA2u() {
        PdfValidation.assertCompliant(direct, PDFAFlavour.PDFUA_1);
        PdfValidation.assertCompliant(direct, PDFAFlavour.PDFA_2_U);
    }

    @Test
    void sameInputsGiveIdenticalBytes() {
        assertEquals(java.util.Arrays.hashCode(direct),
                java.util.Arrays.hashCode(ArchivalPdf.build(SampleReport.settings(), CellTextTest::write)));
    }

    /** The structure tree as text: roles, attributes and the marked-content IDs of every element, in order. */
    private static String structure(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder out = new StringBuilder();
            COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            describe(root.getDictionaryObject(COSName.K), out);
            return out.toString();
        }
    }

    private static final Set<String> SKIPPED = Set.of("P", "Pg", "K", "S", "Type", "ID");

    private static void describe(COSBase kid, StringBuilder out) {
        COSBase k = kid instanceof COSObject o ? o.getObject() : kid;
        if (k instanceof COSNumber mcid) {
            out.append(' ').append(mcid.intValue());
        } else if (k instanceof COSArray array) {
            for (COSBase each : array) {
                describe(each, out);
            }
        } else if (k instanceof COSDictionary element) {
            COSName type = element.getCOSName(COSName.TYPE);
            if (type != null && "MCR".equals(type.getName())) {
                out.append(' ').append(element.getInt(COSName.MCID));
                return;
            }
            COSName role = element.getCOSName(COSName.S);
            out.append(role == null ? "?" : role.getName()).append('{');
            List<String> keys = new ArrayList<>();
            for (COSName key : element.keySet()) {
                if (!SKIPPED.contains(key.getName())) {
                    keys.add(key.getName() + "=" + value(element.getDictionaryObject(key)));
                }
            }
            out.append(String.join(" ", keys)).append('}').append('[');
            describe(element.getDictionaryObject(COSName.K), out);
            out.append(']');
        }
    }

    private static String value(COSBase base) {
        COSBase v = base instanceof COSObject o ? o.getObject() : base;
        if (v instanceof COSDictionary d) {
            List<String> parts = new ArrayList<>();
            for (COSName key : d.keySet()) {
                parts.add(key.getName() + "=" + value(d.getDictionaryObject(key)));
            }
            return "{" + String.join(" ", parts) + "}";
        }
        if (v instanceof COSArray a) {
            List<String> parts = new ArrayList<>();
            for (COSBase each : a) {
                parts.add(value(each));
            }
            return "[" + String.join(" ", parts) + "]";
        }
        return v instanceof COSName n ? n.getName() : String.valueOf(v);
    }
}

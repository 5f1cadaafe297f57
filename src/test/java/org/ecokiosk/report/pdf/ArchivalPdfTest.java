package org.ecokiosk.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecokiosk.report.PdfValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ArchivalPdfTest {

    private static byte[] pdf;

    @BeforeAll
    static void buildOnce() throws IOException {
        // PDFBox warns about every cmap entry of a subset font that points past its glyphs;
        // iText keeps the full cmap in subsets, which is legal and noisy.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.fontbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        long start = System.nanoTime();
        pdf = SampleReport.build();
        long first = System.nanoTime();
        SampleReport.build();
        long second = System.nanoTime();
        System.out.printf("ArchivalPdf sample: %d bytes; first build %d ms, warm build %d ms%n",
                pdf.length, (first - start) / 1_000_000, (second - first) / 1_000_000);
        // Kept under target/ to look at with pdftoppm; never committed.
        Path out = Path.of("target", "test-output", "archival-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void isValidPdfA2u() {
        long start = System.nanoTime();
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_U);
        System.out.printf("veraPDF PDF/A-2u: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void isValidPdfUa1() {
        long start = System.nanoTime();
        PdfValidation.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        System.out.printf("veraPDF PDF/UA-1: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void textReadsBackWithBannerAndPageNumberOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "expected at least 3 pages, got " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String text = squeeze(stripper.getText(doc));
                assertTrue(text.contains(squeeze(ArchivalPdfSettings.SAMPLE_BANNER)), "banner missing on page " + n + ": " + text);
                assertTrue(text.contains(squeeze("第 " + n + " 页 / 共 " + pages + " 页")), "page number missing on page " + n);
            }
            String all = squeeze(new PDFTextStripper().getText(doc));
            assertTrue(all.contains("细颗粒物（PM2.5）年均浓度由53微克/立方米降至30微克/立方米"), all);
            assertTrue(all.contains("空气质量优良天数"));
            assertTrue(all.contains("≤34"), "target figure from the table");
            assertTrue(all.contains("注1：2025年目标摘自规划"), "footnote");
            assertTrue(all.contains("表2"));
        }
    }

    @Test
    void metadataLanguageAndDatesComeFromTheSettings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("沙坪坝区2025年生态环境信息公开报告（示例）", doc.getDocumentInformation().getTitle());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertEquals(SampleReport.DATA_DATE.toInstant(), doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(SampleReport.DATA_DATE.toInstant(), doc.getDocumentInformation().getModificationDate().toInstant());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2025-12-31T18:00:00+08:00"), xmp);
            assertTrue(xmp.contains("pdfuaid:part"), "PDF/UA identification in XMP");
            assertFalse(doc.getDocumentCatalog().getDocumentOutline() == null, "bookmarks");
            org.apache.pdfbox.cos.COSArray ids = doc.getDocument().getDocumentID();
            String id = java.util.HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString) ids.getObject(0)).getBytes());
            assertEquals(ids.getObject(0), ids.getObject(1), "both ID halves fixed");
            assertEquals(SampleReport.CONTENT_HASH.substring(0, 32), id);
        }
    }

    @Test
    void sameInputsGiveIdenticalBytes() {
        // Other PDFs made in between shift iText's per-JVM document counter, which once
        // changed the font flush order; a report builder makes many PDFs in one process.
        for (int i = 0; i < 3; i++) {
            new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(
                    java.io.OutputStream.nullOutputStream())).close();
        }
        byte[] again = SampleReport.build();
        assertEquals(pdf.length, again.length);
        assertArrayEquals(pdf, again);
        byte[] otherDate = ArchivalPdf.build(SampleReport.settings(ReproducibleStamp.fromContentHash(
                SampleReport.CONTENT_HASH, SampleReport.DATA_DATE.plusDays(1))), SampleReport::write);
        assertFalse(Arrays.equals(pdf, otherDate), "the stamp must reach the bytes");
    }

    @Test
    void fontsAreEmbeddedSubsets() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName key : resources.getFontNames()) {
                    PDFont font = resources.getFont(key);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-.*"), font.getName());
                    names.add(font.getName());
                }
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("Regular")));
        assertTrue(names.stream().anyMatch(n -> n.contains("Bold")));
    }

    @Test
    void writeProducesPdfAndSha256Sidecar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.pdf");
        String hex = ArchivalPdf.write(file, SampleReport.settings(), SampleReport::write);
        assertArrayEquals(pdf, Files.readAllBytes(file));
        assertEquals(hex + "  sample.pdf\n", Files.readString(dir.resolve("sample.pdf.sha256")));
        assertEquals(hex, Sha256Sidecar.sha256Hex(file));
    }

    @Test
    void chartWithoutAltTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArchivalPdf.build(SampleReport.settings(), doc -> {
            doc.h1("x");
            doc.chart(new org.ecokiosk.charts.EcoChartFactory(org.ecokiosk.charts.ChartTheme.forPrint())
                    .monthlyBars(org.ecokiosk.charts.ChartSamples.pm25Text(), "s",
                            org.ecokiosk.charts.ChartSamples.monthlyPm25(), java.util.Optional.empty()), " ", "caption");
        }));
    }

    /** PDF text extraction spaces CJK and Latin runs unpredictably; compare without whitespace. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}

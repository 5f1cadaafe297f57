package org.ecokiosk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecokiosk.report.pdf.ArchivalPdfSettings;

/** Reading report PDFs back with PDFBox, whitespace squeezed (CJK extraction spaces runs unpredictably). */
final class ReportTexts {
    private ReportTexts() {
    }

    static {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.fontbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(squeeze(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String all(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static void assertBannerAndPageNumberOnEveryPage(byte[] pdf) {
        List<String> pages = pages(pdf);
        for (int n = 1; n <= pages.size(); n++) {
            String text = pages.get(n - 1);
            assertTrue(text.contains(squeeze(ArchivalPdfSettings.SAMPLE_BANNER)), "banner missing on page " + n);
            assertTrue(text.contains(squeeze("第 " + n + " 页 / 共 " + pages.size() + " 页")), "page number missing on page " + n);
        }
    }

    static void assertNoBanner(byte[] pdf) {
        for (String page : pages(pdf)) {
            assertTrue(!page.contains(squeeze(ArchivalPdfSettings.SAMPLE_BANNER)), "unexpected sample banner");
        }
    }
}

package org.ecokiosk.cli.bench;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.ecokiosk.report.ReportBuilder;
import org.ecokiosk.report.ReportRequest;
import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.ArchivalPdfSettings;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The bulletin's warm build time beside iText writing the same number of pages of plain
 * paragraphs with the same archival settings (PDF/A-2u + PDF/UA-1, tagging, font subsetting,
 * page decorations). The ratio is what the charts, tables and evaluation cost on top of
 * iText itself; the milliseconds depend on the machine.
 */
final class ReportBench {

    /** Both workloads' timings, milliseconds per build. */
    record Result(int year, int pages, int warmups, int runs, long bulletinMedianMs, long plainTextMedianMs,
                         double ratio, long[] bulletinMs, long[] plainTextMs, int bulletinBytes, int plainTextBytes,
                         int plainTextParagraphs, boolean sampleData, long bulletinCpuMedianMs,
                         long plainTextCpuMedianMs, double cpuRatio) {
    }

    private static final String PARAGRAPH = "沙坪坝区持续推进生态环境保护，统筹大气、水、土壤和噪声污染防治，"
            + "环境质量总体保持稳定向好。本段为基准测试文字，与公报使用相同的字体、页面、标签和页码设置。";

    private ReportBench() {
    }

    static Result bulletin(SnapshotReader snapshot, int year, int warmups, int runs) throws SnapshotException {
        ReportRequest request = ReportRequest.bulletin(year);
        byte[] bulletin = ReportBuilder.render(request, snapshot);
        int pages = pages(bulletin);
        ArchivalPdfSettings bulletinSettings = ReportBuilder.archivalSettings(request, snapshot);
        // the banner on every page, as on a sample bulletin, so both sides draw the same decorations
        ArchivalPdfSettings settings = new ArchivalPdfSettings(bulletinSettings.metadata(), bulletinSettings.stamp(), true);
        int paragraphs = paragraphsFor(pages, settings);
        byte[] plain = plain(settings, paragraphs);

        for (int i = 0; i < warmups; i++) {
            ReportBuilder.render(request, snapshot);
            plain(settings, paragraphs);
        }
        long[] bulletinMs = new long[runs];
        long[] plainMs = new long[runs];
        long[] bulletinCpu = new long[runs];
        long[] plainCpu = new long[runs];
        // CPU time of this thread beside wall time: on a shared machine the wall clock also
        // counts the time other processes held the cores, the CPU time does not.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            ReportBuilder.render(request, snapshot);
            bulletinMs[i] = (System.nanoTime() - start) / 1_000_000;
            bulletinCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            start = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            plain(settings, paragraphs);
            plainMs[i] = (System.nanoTime() - start) / 1_000_000;
            plainCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        }
        long b = median(bulletinMs);
        long p = median(plainMs);
        long bc = median(bulletinCpu);
        long pc = median(plainCpu);
        return new Result(year, pages, warmups, runs, b, p, ratio(b, p), bulletinMs,
                plainMs, bulletin.length, plain.length, paragraphs, ReportBuilder.isSample(request, snapshot), bc, pc,
                ratio(bc, pc));
    }

    private static double ratio(long a, long b) {
        return Math.round(100.0 * a / Math.max(1, b)) / 100.0;
    }

    /** The fewest paragraphs that fill exactly {@code pages} pages (or just reach them). */
    private static int paragraphsFor(int pages, ArchivalPdfSettings settings) {
        int perPage = Math.max(1, 20);
        int n = Math.max(1, pages * perPage);
        int got = pages(plain(settings, n));
        n = Math.max(1, (int) ((long) n * pages / Math.max(1, got)));
        while (pages(plain(settings, n)) > pages && n > 1) {
            n--;
        }
        while (pages(plain(settings, n)) < pages) {
            n++;
        }
        return n;
    }

    private static byte[] plain(ArchivalPdfSettings settings, int paragraphs) {
        return ArchivalPdf.build(settings, doc -> {
            for (int i = 0; i < paragraphs; i++) {
                doc.paragraph(PARAGRAPH);
            }
        });
    }

    static int pages(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

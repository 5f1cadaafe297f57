package org.ecokiosk.report;

import java.nio.file.Path;
import org.ecokiosk.snapshot.SnapshotReader;

/** A report of a snapshot rendered as the CLI would, read back with PDFBox (whitespace squeezed), for tests elsewhere. */
public final class ReportPdfText {
    private ReportPdfText() {
    }

    public static String bulletin(Path snapshot, int year) throws Exception {
        return render(ReportRequest.bulletin(year), snapshot);
    }

    public static String planProgress(Path snapshot, int year) throws Exception {
        return render(ReportRequest.planProgress(year), snapshot);
    }

    public static String squeeze(String s) {
        return ReportTexts.squeeze(s);
    }

    private static String render(ReportRequest request, Path snapshot) throws Exception {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            return ReportTexts.all(ReportBuilder.render(request, reader));
        }
    }
}

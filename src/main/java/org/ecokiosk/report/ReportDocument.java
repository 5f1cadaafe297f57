package org.ecokiosk.report;

import org.ecokiosk.report.pdf.ArchivalPdf;
import org.ecokiosk.report.pdf.DocumentMetadata;

/** One report kind, with its data already read: what to call it, whether it is sample, what to print. */
interface ReportDocument {
    DocumentMetadata metadata();

    /** True when any figure printed comes from sample data. */
    boolean usesSample();

    void write(ArchivalPdf doc);
}

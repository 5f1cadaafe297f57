package org.ecokiosk.report;

/** Wording every report shares. */
final class Reports {
    /** The issuing body printed on the title block and in the PDF metadata. */
    static final String AUTHOR = "重庆市沙坪坝区生态环境局";

    private Reports() {
    }
}

package org.ecokiosk.report;

import java.util.Locale;
import java.util.Optional;

/** The report kinds an officer can build, with the code used on the command line and in file names. */
public enum ReportKind {
    BULLETIN("bulletin", "生态环境状况公报"),
    DISCLOSURE("disclosure", "政府信息公开工作年度报告"),
    PLAN_PROGRESS("plan-progress", "“十四五”生态环境保护规划指标进展报告");

    private final String code;
    private final String titleZh;

    ReportKind(String code, String titleZh) {
        this.code = code;
        this.titleZh = titleZh;
    }

    public String code() {
        return code;
    }

    public String titleZh() {
        return titleZh;
    }

    /** "2025-bulletin.pdf". */
    public String fileName(int year) {
        return year + "-" + code + ".pdf";
    }

    public static Optional<ReportKind> fromCode(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ReportKind k : values()) {
            if (k.code.equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

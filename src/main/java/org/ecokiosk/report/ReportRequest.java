package org.ecokiosk.report;

import java.util.Optional;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.model.disclosure.DisclosureData;

/**
 * What to build: a kind for a year, plus the officer's figures and text for the disclosure
 * report (which the snapshot does not hold). Use the factory methods.
 */
public record ReportRequest(ReportKind kind, int year, Optional<DisclosureData> disclosure) {

    /** The plan period and the monitoring series start in 2015; later than 2100 is a typo. */
    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2100;

    public ReportRequest {
        if (kind == null || disclosure == null) {
            throw new IllegalArgumentException("kind and disclosure (possibly empty) are required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        if (kind == ReportKind.PLAN_PROGRESS && !PlanPeriod.contains(year)) {
            throw new IllegalArgumentException(PlanPeriod.refusalEn(year));
        }
        if (kind == ReportKind.DISCLOSURE && disclosure.isEmpty()) {
            throw new IllegalArgumentException("the disclosure report needs the officer's figures and text");
        }
        if (disclosure.isPresent() && disclosure.get().year() != year) {
            throw new IllegalArgumentException("the disclosure figures are for " + disclosure.get().year()
                    + ", not " + year);
        }
    }

    public static ReportRequest bulletin(int year) {
        return new ReportRequest(ReportKind.BULLETIN, year, Optional.empty());
    }

    public static ReportRequest planProgress(int year) {
        return new ReportRequest(ReportKind.PLAN_PROGRESS, year, Optional.empty());
    }

    public static ReportRequest disclosure(DisclosureData data) {
        return new ReportRequest(ReportKind.DISCLOSURE, data.year(), Optional.of(data));
    }
}

package org.ecokiosk.evaluation.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;

/**
 * How far the district is from each plan target — the one judgement behind the kiosk's plan,
 * air, green, water and noise screens and the plan-progress and bulletin PDFs. An indicator is
 * judged in an {@link EvaluationView} on the newest figure of its series ({@link PlanSeries})
 * after the baseline year and up to {@code min(view year, report year)}:
 * <ul>
 * <li>target left to the city → SET_BY_CITY;
 * <li>no such figure → NO_DATA (the 2020 baseline alone says nothing about progress; it is
 *     returned beside the verdict);
 * <li>figure meets the 2025 target (by direction, or water class order) → MET;
 * <li>figure from the target year (2025) that misses it → NOT_MET;
 * <li>earlier figure that misses it: compared with the straight line from the baseline (0 for
 *     cumulative indicators without one) to the target at the figure's year — at or ahead of the
 *     line → ON_TRACK, behind it → AT_RISK. Without a numeric line (no baseline, "=" targets,
 *     water classes) a miss is AT_RISK: we cannot show it is on track, so we say so.
 * </ul>
 * Everyone asks through {@link #judge(EvaluationView, int)}: a report for year Y judges the year Y
 * (its 中期 and 终期 columns); the kiosk shows the snapshot's newest figures in the final view for
 * 2025 ({@link #latest}) — the same verdicts as the report for 2025 — and says which year it judged.
 */
public final class PlanProgress {
    private final PlanSeries series;

    public PlanProgress(PlanData data) {
        this.series = new PlanSeries(data);
    }

    public PlanProgress(PlanSeries series) {
        this.series = series;
    }

    public PlanSeries series() {
        return series;
    }

    /** The 专栏2 indicators in the plan's order. */
    public List<PlanIndicator> targets() {
        return series.data().indicators().stream().filter(i -> i.table() == PlanTable.ZL2)
                .sorted(Comparator.comparingInt(PlanIndicator::seq).thenComparing(PlanIndicator::code)).toList();
    }

    /** Every target in {@code view} for the year {@code year}: the reports' plan tables, the kiosk through {@link #latest}. */
    public PlanVerdicts judge(EvaluationView view, int year) {
        return new PlanVerdicts(view, year, targets().stream().map(i -> assess(i, view, year)).toList());
    }

    /**
     * What the kiosk shows: the final view for its year (2025) on the snapshot's newest figures up to
     * it — the verdicts of the plan-progress report for 2025 from the same snapshot. After the plan
     * period the kiosk goes on showing the final review; a report for an earlier year judges less.
     */
    public PlanVerdicts latest() {
        return judge(EvaluationView.FINAL, EvaluationView.FINAL.year());
    }

    /** One indicator as {@link #latest} judges it (a screen that shows one target, not the plan's list). */
    public ProgressAssessment latest(PlanIndicator indicator) {
        return assess(indicator, EvaluationView.FINAL, EvaluationView.FINAL.year());
    }

    /** One indicator as {@link #judge(EvaluationView, int)} judges it in {@code view} for {@code year}. */
    public ProgressAssessment assess(PlanIndicator indicator, EvaluationView view, int year) {
        return assess(indicator, series.of(indicator), view, year);
    }

    /** The verdict from a given series (tests; callers use the other overloads). */
    public static ProgressAssessment assess(PlanIndicator indicator, List<YearFigure> figures, EvaluationView view,
                                            int reportYear) {
        int baselineYear = indicator.baselineYear() > 0 ? indicator.baselineYear() : 2020;
        int targetYear = indicator.targetYear() > 0 ? indicator.targetYear() : 2025;
        int cutoff = Math.min(view.year(), reportYear);
        Optional<YearFigure> latest = PlanSeries.newestAfterBaseline(indicator, figures, cutoff);
        Optional<YearFigure> baseline = PlanSeries.baseline(indicator);
        if (TargetJudgement.isLeftToCity(indicator.target())) {
            return new ProgressAssessment(indicator, view, latest, baseline, Optional.empty(), TargetStatus.SET_BY_CITY);
        }
        if (latest.isEmpty()) {
            return new ProgressAssessment(indicator, view, latest, baseline, Optional.empty(), TargetStatus.NO_DATA);
        }
        PlanFigure figure = latest.get().value();
        TargetStatus simple = TargetJudgement.judge(indicator, figure);
        if (simple != TargetStatus.NOT_MET) {
            return new ProgressAssessment(indicator, view, latest, baseline, Optional.empty(), simple);
        }
        int year = latest.get().year();
        if (year >= targetYear) {
            return new ProgressAssessment(indicator, view, latest, baseline, Optional.empty(), TargetStatus.NOT_MET);
        }
        Optional<BigDecimal> expected = TargetJudgement.pathValue(indicator, baselineYear, targetYear, year);
        TargetStatus status = TargetStatus.AT_RISK;
        if (expected.isPresent() && figure.isNumber()) {
            BigDecimal v = figure.number().orElseThrow();
            boolean onPath = switch (indicator.direction()) {
                case AT_LEAST -> v.compareTo(expected.get()) >= 0;
                case AT_MOST -> v.compareTo(expected.get()) <= 0;
                default -> false;
            };
            status = onPath ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
        }
        return new ProgressAssessment(indicator, view, latest, baseline, expected, status);
    }
}

package org.ecokiosk.kiosk.viewmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.evaluation.Placeholders;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.YearFigure;
import org.ecokiosk.evaluation.plan.PlanData;
import org.ecokiosk.evaluation.plan.PlanPeriod;
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.PlanVerdicts;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The 专栏2 targets grouped as the plan groups them, judged as {@link PlanProgress#latest} judges
 * them: the final view (2025) on the newest figure of each series up to it (indicator values, green
 * metrics, water, noise, the district's air years) — the verdicts and tally of the plan-progress PDF
 * for 2025, and the screen names that year ({@link #judgedYear}). Loads through the session off the FX thread; {@link #accept} is the pure part.
 */
public final class PlanTargetsViewModel extends SnapshotViewModel<PlanTargetsViewModel.Targets> {
    /** The verdicts and the rows the screen shows of them, grouped. */
    public record Targets(PlanVerdicts verdicts, List<PlanTargetGroup> groups) {
        public Targets {
            groups = List.copyOf(groups);
        }
    }

    private final ObservableList<PlanTargetGroup> groups = FXCollections.observableArrayList();
    private Optional<PlanVerdicts> verdicts = Optional.empty();

    public ObservableList<PlanTargetGroup> groups() {
        return groups;
    }

    /** Reads and judges on the session's reader thread (the air years are too much work for the FX thread). */
    @Override
    protected Targets query(SnapshotReader reader) throws SnapshotException {
        return judge(read(reader));
    }

    /** Everything the plan's figures come from, for the plan's years (the 2020 baseline is the plan's own). */
    static PlanData read(SnapshotReader reader) throws SnapshotException {
        LocalDate from = LocalDate.of(PlanPeriod.FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(PlanPeriod.LAST_YEAR, 12, 31);
        return new PlanData(reader.indicators(), reader.indicatorValues(), reader.greenMetrics(),
                reader.waterSections(), reader.waterSamples(), reader.noiseReadings(),
                reader.airDays(Optional.empty(), from, to), reader.o3HourPeaks(from, to), reader.publishedFigures());
    }

    /** Groups and judges the targets; sample when any figure shown is sample data. */
    @Override
    protected boolean apply(Targets data) {
        verdicts = Optional.of(data.verdicts());
        groups.setAll(data.groups());
        return data.verdicts().usesSample();
    }

    /** The targets judged and their rows, grouped: pure. */
    public static Targets judge(PlanData data) {
        PlanVerdicts judged = new PlanProgress(data).latest();
        Map<String, List<PlanTargetRow>> byGroup = new LinkedHashMap<>();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (ProgressAssessment a : judged.targets()) {
            PlanIndicator i = a.indicator();
            names.putIfAbsent(i.group().zh(), i.group());
            byGroup.computeIfAbsent(i.group().zh(), k -> new ArrayList<>()).add(row(a));
        }
        List<PlanTargetGroup> result = new ArrayList<>();
        byGroup.forEach((key, rows) -> result.add(new PlanTargetGroup(names.get(key), rows)));
        return new Targets(judged, result);
    }

    private static PlanTargetRow row(ProgressAssessment a) {
        PlanIndicator i = a.indicator();
        String target = Placeholders.isPlaceholder(i.target()) ? "" : i.target().display();
        return new PlanTargetRow(i.code(), i.seq(), i.name(), a.latest().map(f -> f.value().display()).orElse(""),
                i.unit(), a.latestYear(), i.direction().targetSign(), target, i.cumulative(), a.status(), i.kind(),
                a.latestIsSample(), i.note(), a.baseline().map(f -> f.value().display()).orElse(""),
                a.baseline().map(YearFigure::year),
                a.latest().flatMap(YearFigure::document).map(d -> d.title()));
    }

    /** Targets at {@code status}: the verdicts' one tally ({@link PlanVerdicts#tally}), which the reports print too. */
    public long count(TargetStatus status) {
        return verdicts.map(v -> v.count(status)).orElse(0);
    }

    /** The year judged (no figure after it is used), once loaded: the year the screen names. */
    public Optional<Integer> judgedYear() {
        return verdicts.map(PlanVerdicts::upTo);
    }
}

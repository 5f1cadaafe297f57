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
import org.ecokiosk.evaluation.plan.PlanProgress;
import org.ecokiosk.evaluation.plan.ProgressAssessment;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * The 专栏2 targets grouped as the plan groups them, each judged by {@link PlanProgress} on the
 * newest figure of its series (indicator values, green metrics, water, noise, the district's air
 * years) — the same figure and verdict as the plan-progress PDF's final view and the green, air
 * and water screens. Loads through the session off the FX thread; {@link #accept} is the pure part.
 */
public final class PlanTargetsViewModel extends SnapshotViewModel<List<PlanTargetGroup>> {
    /** The first and last year whose air days the plan's figures can need (the 2020 baseline to 2025). */
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    private final ObservableList<PlanTargetGroup> groups = FXCollections.observableArrayList();

    public ObservableList<PlanTargetGroup> groups() {
        return groups;
    }

    /** Reads and judges on the session's reader thread (the air years are too much work for the FX thread). */
    @Override
    protected List<PlanTargetGroup> query(SnapshotReader reader) throws SnapshotException {
        return group(read(reader));
    }

    /** Everything the plan's figures come from, for the years the kiosk judges. */
    static PlanData read(SnapshotReader reader) throws SnapshotException {
        LocalDate from = LocalDate.of(FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(LAST_YEAR, 12, 31);
        return new PlanData(reader.indicators(), reader.indicatorValues(), reader.greenMetrics(),
                reader.waterSections(), reader.waterSamples(), reader.noiseReadings(),
                reader.airDays(Optional.empty(), from, to), reader.o3HourPeaks(from, to), reader.publishedFigures());
    }

    /** Groups and judges the targets; sample when any figure shown is sample data. */
    @Override
    protected boolean apply(List<PlanTargetGroup> data) {
        groups.setAll(data);
        return groups.stream().flatMap(g -> g.rows().stream()).anyMatch(PlanTargetRow::sample);
    }

    /** The groups and their judged rows: pure. */
    public static List<PlanTargetGroup> group(PlanData data) {
        PlanProgress progress = new PlanProgress(data);
        Map<String, List<PlanTargetRow>> byGroup = new LinkedHashMap<>();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (PlanIndicator i : progress.targets()) {
            names.putIfAbsent(i.group().zh(), i.group());
            byGroup.computeIfAbsent(i.group().zh(), k -> new ArrayList<>()).add(row(progress.current(i)));
        }
        List<PlanTargetGroup> result = new ArrayList<>();
        byGroup.forEach((key, rows) -> result.add(new PlanTargetGroup(names.get(key), rows)));
        return result;
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

    /** Targets at {@code status}: the one tally ({@link org.ecokiosk.evaluation.plan.TargetTally}) the reports print too. */
    public long count(TargetStatus status) {
        return org.ecokiosk.evaluation.plan.TargetTally.of(groups.stream().flatMap(g -> g.rows().stream())
                .map(PlanTargetRow::status).toList()).getOrDefault(status, 0);
    }
}

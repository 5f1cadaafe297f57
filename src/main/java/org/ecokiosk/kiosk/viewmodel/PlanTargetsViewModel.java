package org.ecokiosk.kiosk.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.model.PlanTable;
import org.ecokiosk.plan.TargetAssessment;
import org.ecokiosk.plan.TargetAssessor;
import org.ecokiosk.plan.TargetStatus;

/**
 * The 专栏2 targets grouped as the plan groups them, each judged by {@link TargetAssessor}.
 * Loads through the session off the FX thread; {@link #accept} is the pure part tests call.
 */
public final class PlanTargetsViewModel extends SnapshotViewModel<PlanTargetsViewModel.Data> {
    private final ObservableList<PlanTargetGroup> groups = FXCollections.observableArrayList();
    /** What the screen needs from the snapshot, read in one go. */
    public record Data(List<PlanIndicator> indicators, List<IndicatorValue> values) {
    }

    public ObservableList<PlanTargetGroup> groups() {
        return groups;
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        return new Data(reader.indicators(), reader.indicatorValues());
    }

    /** Groups and judges the targets; sample when any value shown is sample rather than the plan's or imported. */
    @Override
    protected boolean apply(Data data) {
        groups.setAll(group(data));
        return groups.stream().flatMap(g -> g.rows().stream()).anyMatch(PlanTargetRow::sample);
    }

    static List<PlanTargetGroup> group(Data data) {
        Map<String, List<PlanTargetRow>> byGroup = new LinkedHashMap<>();
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        List<PlanIndicator> targets = data.indicators().stream().filter(i -> i.table() == PlanTable.ZL2)
                .sorted(java.util.Comparator.comparingInt(PlanIndicator::seq).thenComparing(PlanIndicator::code))
                .toList();
        for (TargetAssessment a : TargetAssessor.assessAll(targets, data.values())) {
            PlanIndicator i = a.indicator();
            names.putIfAbsent(i.group().zh(), i.group());
            byGroup.computeIfAbsent(i.group().zh(), k -> new ArrayList<>()).add(row(a));
        }
        List<PlanTargetGroup> result = new ArrayList<>();
        byGroup.forEach((key, rows) -> result.add(new PlanTargetGroup(names.get(key), rows)));
        return result;
    }

    private static PlanTargetRow row(TargetAssessment a) {
        PlanIndicator i = a.indicator();
        boolean noValue = a.latest().isEmpty() || isPlaceholder(a.latest().display());
        String target = isPlaceholder(i.target().display()) ? "" : i.target().display();
        return new PlanTargetRow(i.code(), i.seq(), i.name(), noValue ? "" : a.latest().display(), i.unit(),
                noValue ? java.util.Optional.empty() : a.latestYear(), i.direction().symbol(), target, i.cumulative(),
                a.status(), i.kind(), a.latestIsSample(), i.note());
    }

    /** The plan's "-", "/" and "--" mean "no figure", not a value to show. */
    static boolean isPlaceholder(String cell) {
        String c = cell.trim();
        return c.isEmpty() || c.equals("-") || c.equals("/") || c.equals("--") || c.equals("—");
    }

    public long count(TargetStatus status) {
        return groups.stream().mapToLong(g -> g.count(status)).sum();
    }
}

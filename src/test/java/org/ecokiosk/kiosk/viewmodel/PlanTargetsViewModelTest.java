package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecokiosk.ingest.content.ContentLoader;
import org.ecokiosk.model.DataOrigin;
import org.ecokiosk.model.IndicatorValue;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.model.PlanFigure;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.snapshot.SnapshotContent;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan screen's content, without a UI. */
class PlanTargetsViewModelTest {
    private static SnapshotContent content;

    @BeforeAll
    static void load() throws Exception {
        content = ContentLoader.load(Fixtures.content());
    }

    private static Map<String, PlanTargetRow> rows(List<IndicatorValue> values) {
        PlanTargetsViewModel vm = new PlanTargetsViewModel();
        vm.accept(new PlanTargetsViewModel.Data(content.indicators(), values));
        return vm.groups().stream().flatMap(g -> g.rows().stream())
                .collect(Collectors.toMap(PlanTargetRow::code, Function.identity()));
    }

    @Test
    void allEighteenTargetsInThePlansFiveGroupsAndOrder() {
        PlanTargetsViewModel vm = new PlanTargetsViewModel();
        vm.accept(new PlanTargetsViewModel.Data(content.indicators(), List.of()));
        assertEquals(List.of("生态保护修复", "碳减排", "环境质量改善", "污染物排放总量减排", "环境风险防范"),
                vm.groups().stream().map(g -> g.name().zh()).toList());
        List<PlanTargetRow> all = vm.groups().stream().flatMap(g -> g.rows().stream()).toList();
        assertEquals(19, all.size(), "18 indicators, row 10 for two rivers");
        assertEquals(18, all.stream().map(PlanTargetRow::seq).distinct().count());
        assertEquals(all.stream().map(PlanTargetRow::seq).sorted().toList(), all.stream().map(PlanTargetRow::seq).toList());
        assertEquals(all.size(), vm.count(TargetStatus.MET) + vm.count(TargetStatus.NOT_MET)
                + vm.count(TargetStatus.SET_BY_CITY) + vm.count(TargetStatus.NO_DATA));
    }

    @Test
    void statusesFollowThePlansFigures() {
        Map<String, PlanTargetRow> rows = rows(List.of());
        assertEquals(TargetStatus.MET, rows.get("zl2-09").status(), "PM2.5 30 <= 34");
        assertEquals(TargetStatus.MET, rows.get("zl2-08").status(), "314 good days >= 300");
        assertEquals(TargetStatus.NOT_MET, rows.get("zl2-04").status(), "built-up green 36.5 < 40");
        assertEquals(TargetStatus.SET_BY_CITY, rows.get("zl2-05").status(), "完成市级下达目标");
        assertEquals(TargetStatus.MET, rows.get("zl2-10a").status(), "Jialing II meets II");
        assertEquals(TargetStatus.NO_DATA, rows.get("zl2-03").status(), "'-' has no value");
        assertEquals("", rows.get("zl2-03").value());
        assertEquals("30", rows.get("zl2-09").value());
        assertEquals(2020, rows.get("zl2-09").valueYear().orElseThrow());
        assertFalse(rows.get("zl2-09").sample());
    }

    @Test
    void aNewerValueReplacesTheBaselineAndCanChangeTheVerdict() {
        IndicatorValue worse = new IndicatorValue("zl2-09", 2024, PlanFigure.parse("36"), DataOrigin.SAMPLE,
                LocalizedText.of("", ""));
        PlanTargetRow pm25 = rows(List.of(worse)).get("zl2-09");
        assertEquals("36", pm25.value());
        assertEquals(2024, pm25.valueYear().orElseThrow());
        assertEquals(TargetStatus.NOT_MET, pm25.status());
        assertTrue(pm25.sample());
    }
}

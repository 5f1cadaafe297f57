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
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.evaluation.plan.PlanData;
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
        vm.accept(PlanTargetsViewModel.judge(PlanData.planOnly(content.indicators(), values)));
        return vm.groups().stream().flatMap(g -> g.rows().stream())
                .collect(Collectors.toMap(PlanTargetRow::code, Function.identity()));
    }

    @Test
    void allEighteenTargetsInThePlansFiveGroupsAndOrder() {
        PlanTargetsViewModel vm = new PlanTargetsViewModel();
        vm.accept(PlanTargetsViewModel.judge(PlanData.planOnly(content.indicators(), List.of())));
        assertEquals(List.of("生态保护修复", "碳减排", "环境质量改善", "污染物排放总量减排", "环境风险防范"),
                vm.groups().stream().map(g -> g.name().zh()).toList());
        List<PlanTargetRow> all = vm.groups().stream().flatMap(g -> g.rows().stream()).toList();
        assertEquals(19, all.size(), "18 indicators, row 10 for two rivers");
        assertEquals(18, all.stream().map(PlanTargetRow::seq).distinct().count());
        assertEquals(all.stream().map(PlanTargetRow::seq).sorted().toList(), all.stream().map(PlanTargetRow::seq).toList());
        assertEquals(all.size(), java.util.Arrays.stream(TargetStatus.values()).mapToLong(vm::count).sum());
    }

    @Test
    void withThePlanAloneTheBaselinesAreShownButNothingIsJudged() {
        Map<String, PlanTargetRow> rows = rows(List.of());
        assertEquals(TargetStatus.NO_DATA, rows.get("zl2-09").status(), "the 2020 baseline says nothing about progress");
        assertEquals("", rows.get("zl2-09").value());
        assertEquals("30", rows.get("zl2-09").baseline());
        assertEquals(2020, rows.get("zl2-09").baselineYear().orElseThrow());
        assertEquals(TargetStatus.SET_BY_CITY, rows.get("zl2-05").status(), "完成市级下达目标");
        assertEquals(TargetStatus.NO_DATA, rows.get("zl2-03").status(), "'-' has no value");
        assertEquals("", rows.get("zl2-03").baseline(), "the plan's '-' is not a baseline");
        assertFalse(rows.get("zl2-09").sample());
    }

    @Test
    void statusesFollowTheNewestFigures() {
        LocalizedText none = LocalizedText.of("", "");
        Map<String, PlanTargetRow> rows = rows(List.of(
                new IndicatorValue("zl2-09", 2025, PlanFigure.parse("31"), DataOrigin.IMPORTED, none),
                new IndicatorValue("zl2-08", 2023, PlanFigure.parse("290"), DataOrigin.IMPORTED, none),
                new IndicatorValue("zl2-04", 2025, PlanFigure.parse("38"), DataOrigin.IMPORTED, none),
                new IndicatorValue("zl2-10a", 2025, PlanFigure.parse("II"), DataOrigin.IMPORTED, none)));
        assertEquals(TargetStatus.MET, rows.get("zl2-09").status(), "PM2.5 31 <= 34");
        assertEquals("31", rows.get("zl2-09").value());
        assertEquals(2025, rows.get("zl2-09").valueYear().orElseThrow());
        // 290 in 2023: short of 300 and below the straight path from 314 (2020) to 300 (2025), 305.6 in 2023
        assertEquals(TargetStatus.AT_RISK, rows.get("zl2-08").status());
        assertEquals(TargetStatus.NOT_MET, rows.get("zl2-04").status(), "built-up green 38 < 40 in 2025");
        assertEquals(TargetStatus.MET, rows.get("zl2-10a").status(), "Jialing II meets II");
    }

    @Test
    void aNewerValueReplacesTheBaselineAndCanChangeTheVerdict() {
        IndicatorValue worse = new IndicatorValue("zl2-09", 2024, PlanFigure.parse("36"), DataOrigin.SAMPLE,
                LocalizedText.of("", ""));
        PlanTargetRow pm25 = rows(List.of(worse)).get("zl2-09");
        assertEquals("36", pm25.value());
        assertEquals(2024, pm25.valueYear().orElseThrow());
        // above 34 before 2025, and above the path 30 → 34 (33.2 in 2024): at risk, not yet "not met"
        assertEquals(TargetStatus.AT_RISK, pm25.status());
        assertTrue(pm25.sample());
    }

    @Test
    void aTargetToHoldIsShownAsThePlanWritesItWithoutAnEqualsSign() {
        Map<String, PlanTargetRow> rows = rows(List.of());
        assertEquals("", rows.get("zl2-11").targetSymbol(), "保持100%: the plan prints 100%, not = 100%");
        assertEquals("100", rows.get("zl2-11").target());
        assertEquals("≥", rows.get("zl2-08").targetSymbol());
        assertEquals("≤", rows.get("zl2-09").targetSymbol());
    }
}

package org.ecokiosk.report;

import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.evaluation.air.AirYear;
import org.ecokiosk.evaluation.air.IndexRulesRun;

/**
 * The AQI standard(s) a year's days were indexed by, as the bulletin names them: "HJ 633-2012", or
 * for a year the standard changed in, each with its days — "HJ 633-2012（1月1日至2月28日）、
 * HJ 633-2026（3月1日起）". Which rules indexed which days is the evaluation's
 * ({@link AirYear#indexRulesRuns}); this only words it.
 */
final class IndexRulesText {
    private IndexRulesText() {
    }

    static String of(AirYear a) {
        List<IndexRulesRun> runs = a.indexRulesRuns();
        if (runs.isEmpty()) {
            return Provenance.standard(a.record().indexRulesId());
        }
        if (runs.size() == 1) {
            return Provenance.standard(runs.get(0).rulesId());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            IndexRulesRun r = runs.get(i);
            String days = i == runs.size() - 1 ? Texts.monthDay(r.first()) + "起"
                    : Texts.monthDay(r.first()) + "至" + Texts.monthDay(r.last());
            parts.add(Provenance.standard(r.rulesId()) + "（" + days + "）");
        }
        return String.join("、", parts);
    }

    /** For the appendix: "HJ 633-2012（首要污染物）", or "首要污染物：HJ 633-2012（…）、HJ 633-2026（…）". */
    static String forWhat(AirYear a, String what) {
        String rules = of(a);
        return rules.contains("（") ? what + "：" + rules : rules + "（" + what + "）";
    }
}

package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecokiosk.standards.water.WaterAssessment;
import org.ecokiosk.standards.water.WaterBodyType;
import org.ecokiosk.standards.water.WaterClassifier;
import org.ecokiosk.standards.water.WaterParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eval water: GB 3838-2002 class by the single-factor method (mg/L). */
@Command(name = "water", description = "GB 3838-2002 class of a sample (mg/L), worst parameter decides.")
final class EvalWaterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--do") Double dissolvedOxygen;
    @Option(names = "--codmn") Double codmn;
    @Option(names = "--cod") Double cod;
    @Option(names = "--bod5") Double bod5;
    @Option(names = "--nh3n") Double nh3n;
    @Option(names = "--tp") Double tp;
    @Option(names = "--ph") Double ph;
    @Option(names = "--lake", description = "lake or reservoir (stricter TP limits)") boolean lake;

    @Override
    public Integer call() throws Exception {
        Map<WaterParameter, Double> values = new EnumMap<>(WaterParameter.class);
        put(values, WaterParameter.DO, dissolvedOxygen);
        put(values, WaterParameter.CODMN, codmn);
        put(values, WaterParameter.COD, cod);
        put(values, WaterParameter.BOD5, bod5);
        put(values, WaterParameter.NH3_N, nh3n);
        put(values, WaterParameter.TP, tp);
        put(values, WaterParameter.PH, ph);
        WaterBodyType body = lake ? WaterBodyType.LAKE_OR_RESERVOIR : WaterBodyType.RIVER;
        WaterAssessment a = WaterClassifier.assess(values, body)
                .orElseThrow(() -> new InvalidInputException("give at least one parameter, e.g. --nh3n 0.8"));
        ObjectNode out = Json.object();
        out.put("standard", a.standardId());
        out.put("body", lake ? "lake_or_reservoir" : "river");
        out.put("class", a.waterClass().ascii());
        out.put("label_zh", a.waterClass().labelZh());
        out.put("label_en", a.waterClass().labelEn());
        out.put("status_zh", a.waterClass().statusZh());
        out.put("status_en", a.waterClass().statusEn());
        out.put("colour", a.waterClass().colour().hex());
        var deciding = out.putArray("deciding_parameters");
        a.decidingParameters().forEach(p -> deciding.add(p.code()));
        ObjectNode classes = out.putObject("parameter_classes");
        a.parameterClasses().forEach((p, c) -> classes.put(p.code(), c.ascii()));
        spec.commandLine().getOut().println(Json.pretty(out));
        return ExitCodes.OK;
    }

    private static void put(Map<WaterParameter, Double> values, WaterParameter p, Double v) throws InvalidInputException {
        if (v == null) {
            return;
        }
        if (v.isNaN() || v.isInfinite() || v < 0) {
            throw new InvalidInputException("--" + p.code().toLowerCase(java.util.Locale.ROOT) + " must be ≥ 0, not " + v);
        }
        values.put(p, v);
    }
}

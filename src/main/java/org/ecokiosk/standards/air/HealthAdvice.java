package org.ecokiosk.standards.air;

import java.util.ArrayList;
import java.util.List;

/**
 * What to tell residents about an AQI: the level's health effect and advice (HJ 633 表1, in our
 * plain-language wording, see {@link AqiLevel}) and, for each pollutant whose IAQI exceeds 100,
 * the sensitive groups HJ 633-2026 表2 names for it. Data only; screens and PDFs lay it out.
 *
 * @param atLeast true when pollutants were missing, so the level is a lower bound
 */
public record HealthAdvice(AqiLevel level, boolean atLeast, StandardText effect, StandardText advice,
                           List<PollutantGroups> sensitiveGroups) {

    /** The groups sensitive to one pollutant above IAQI 100, and a sentence naming them. */
    public record PollutantGroups(Pollutant pollutant, int iaqi, List<SensitiveGroup> groups) {

        public PollutantGroups {
            groups = List.copyOf(groups);
        }

        /** "对细颗粒物（PM2.5）敏感的人群：…" / "Sensitive to fine particulate matter (PM2.5): …". */
        public StandardText sentence() {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            groups.forEach(g -> {
                zh.add(g.nameZh());
                en.add(g.nameEn());
            });
            String name = pollutant.nameEn();
            return new StandardText("对" + pollutant.nameZh() + "（" + pollutant.code() + "）敏感的人群："
                    + String.join("、", zh),
                    "Sensitive to " + Character.toLowerCase(name.charAt(0)) + name.substring(1) + ": "
                            + String.join(", ", en));
        }
    }

    public HealthAdvice {
        sensitiveGroups = List.copyOf(sensitiveGroups);
    }

    public static HealthAdvice of(AqiResult result) {
        List<PollutantGroups> groups = new ArrayList<>();
        for (Pollutant p : result.exceedingPollutants()) {
            List<SensitiveGroup> named = result.sensitiveGroups().getOrDefault(p, List.of());
            if (!named.isEmpty()) {
                groups.add(new PollutantGroups(p, result.iaqiOf(p).orElseThrow(), named));
            }
        }
        AqiLevel level = result.level();
        return new HealthAdvice(level, result.lowerBoundOnly(),
                new StandardText(level.healthEffectZh(), level.healthEffectEn()),
                new StandardText(level.adviceZh(), level.adviceEn()), groups);
    }
}

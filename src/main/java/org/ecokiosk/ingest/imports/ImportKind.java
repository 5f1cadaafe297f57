package org.ecokiosk.ingest.imports;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file staff import, by the name they type after {@code eco-kiosk import}. */
public enum ImportKind {
    INDICATORS("indicators"),
    VALUES("values"),
    WATER("water"),
    NOISE("noise"),
    GREEN("green"),
    /** Figures the district published (a bulletin), each file with its {@code .source.csv} naming the document. */
    PUBLISHED("published"),
    /** Where the air monitoring stations stand (the national station list layout: 监测点编码, 经度, 纬度 …). */
    STATIONS("stations"),
    TOWNS("towns"),
    FACILITIES("facilities"),
    OPEN_DAYS("open-days"),
    PAGES("pages"),
    NEWS("news"),
    CAMPAIGN("campaign"),
    /** The officer's Markdown chapters of a year's bulletin: YEAR-overview.md (综述), YEAR-measures.md (主要措施). */
    BULLETIN("bulletin");

    private final String command;

    ImportKind(String command) {
        this.command = command;
    }

    public String command() {
        return command;
    }

    public static Optional<ImportKind> fromCommand(String text) {
        for (ImportKind k : values()) {
            if (k.command.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

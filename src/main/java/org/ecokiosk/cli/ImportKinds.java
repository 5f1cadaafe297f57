package org.ecokiosk.cli;

import org.ecokiosk.ingest.imports.ImportKind;
import picocli.CommandLine.Command;

/** The staff import kinds, each a subcommand of {@code eco-kiosk import}. */
final class ImportKinds {
    private ImportKinds() {
    }

    @Command(name = "indicators", description = "Plan indicators (indicators.csv layout).")
    static final class Indicators extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.INDICATORS;
        }
    }

    @Command(name = "values", description = "Yearly indicator values (indicator_values.csv layout).")
    static final class Values extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.VALUES;
        }
    }

    @Command(name = "water", description = "Water samples (section,date,do,codmn,cod,bod5,nh3n,tp,class) and sections.")
    static final class Water extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.WATER;
        }
    }

    @Command(name = "noise", description = "Yearly noise results (kind,zone,site,year,period,leq).")
    static final class Noise extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.NOISE;
        }
    }

    @Command(name = "green", description = "Yearly green-space figures (code,name_zh,name_en,year,value,unit).")
    static final class Green extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.GREEN;
        }
    }

    @Command(name = "published", description = {"Figures the district published (topic,item,value,unit,note),",
            "each NAME.csv with NAME.source.csv beside it naming the document (year,title_zh,title_en,publisher,",
            "published_on,url)."})
    static final class Published extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.PUBLISHED;
        }
    }

    @Command(name = "stations", description = {"Where the air monitoring stations stand: the national station list",
            "(监测点编码,监测点名称,城市,经度,纬度[,对照点]) or code,name_zh[,name_en][,city],lon,lat (WGS 84)."})
    static final class Stations extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.STATIONS;
        }
    }

    @Command(name = "towns", description = "Eco-towns (towns.csv layout).")
    static final class Towns extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.TOWNS;
        }
    }

    @Command(name = "facilities", description = "Open environmental facilities (facilities.csv layout).")
    static final class Facilities extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.FACILITIES;
        }
    }

    @Command(name = "open-days", description = "Facility open days (open_days.csv layout).")
    static final class OpenDays extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.OPEN_DAYS;
        }
    }

    @Command(name = "pages", description = "Markdown pages with front matter, and their PNG/JPEG images.")
    static final class Pages extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.PAGES;
        }
    }

    @Command(name = "news", description = "Markdown news items with front matter, and their PNG/JPEG images.")
    static final class News extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.NEWS;
        }
    }

    @Command(name = "bulletin", description = {"The officer's bulletin chapters in Markdown: YEAR-overview.md (综述)",
            "and YEAR-measures.md (主要措施), front matter year and chapter."})
    static final class Bulletin extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.BULLETIN;
        }
    }

    @Command(name = "campaign", description = "Markdown campaign stories with front matter, and their images.")
    static final class Campaign extends ImportKindCommand {
        @Override
        ImportKind kind() {
            return ImportKind.CAMPAIGN;
        }
    }
}

package org.ecokiosk.kiosk.screens;

import java.util.Optional;
import java.util.OptionalInt;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel;
import org.ecokiosk.kiosk.widgets.IndicatorFigure;
import org.ecokiosk.kiosk.widgets.IndicatorFigure.Reading;
import org.ecokiosk.kiosk.widgets.IndicatorFigure.Target;
import org.ecokiosk.kiosk.widgets.IndicatorTexts;
import org.ecokiosk.kiosk.widgets.IndicatorTile;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.standards.water.WaterClass;

/**
 * The live figure of each home tile, as an {@link IndicatorTile}: the figures and verdicts are
 * those the view models behind the screens hold ({@link HomeViewModel}); here they are only put
 * into an {@link IndicatorFigure} in the visitor's language. Node ids: {@code home-tile-<tile>-value},
 * {@code home-tile-<tile>-status}.
 */
final class HomeTiles {
    private final Messages messages;
    private final IndicatorTexts texts;
    private final HomeViewModel model;

    HomeTiles(Messages messages, HomeViewModel model) {
        this.messages = messages;
        this.texts = new IndicatorTexts(messages);
        this.model = model;
    }

    /** The tile's figure; empty where the screen has none to show on home (or no data yet). */
    Optional<IndicatorTile> figure(String id, Language l) {
        return switch (id) {
            case "air" -> goodDays(l);
            case "water" -> model.river().map(r -> river(r, l));
            case "noise" -> noise(model.noise(), l);
            case "green" -> model.greenCover().flatMap(f -> green(f, l));
            case "plan" -> model.targets().map(t -> tile("plan", new IndicatorFigure(messages.localized("home.fig.plan"),
                    "", Optional.of(new Reading(t.met() + " / " + t.total(), OptionalInt.empty(), t.sample())),
                    Optional.empty(), TargetStatus.NO_DATA), l));
            case "facilities" -> model.nextOpenDay().map(r -> openDay(r, l));
            case "towns" -> model.townsProgress().map(p -> towns(p, l));
            case "news" -> model.latestNews().map(p -> tile("news", new IndicatorFigure(messages.localized("home.fig.news"),
                    "", Optional.of(new Reading(p.title().in(l), OptionalInt.empty(), p.origin().isSample())),
                    Optional.empty(), TargetStatus.NO_DATA), l).valueAsText());
            default -> Optional.empty();
        };
    }

    private Optional<IndicatorTile> goodDays(Language l) {
        AirViewModel.Series s = model.goodDays();
        Optional<Reading> reading = TrendValues.reading(s.latest(), 0);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        IndicatorTile tile = tile("air", new IndicatorFigure(messages.localized("home.fig.air"), "天", reading,
                s.target().isPresent() ? Optional.of(Target.of("≥", s.target().getAsDouble())) : Optional.empty(),
                s.status()), l);
        // a figure from the district's own bulletin names it, on home as on the air screen
        s.latest().flatMap(YearValue::publishedIn).ifPresent(title -> tile.add(Texts.wrapped(
                messages.get(l, "plan.publishedIn", title.in(l)), "figure-caption")));
        return Optional.of(tile);
    }

    private IndicatorTile river(WaterViewModel.Row r, Language l) {
        WaterClass c = r.waterClass().orElseThrow();
        OptionalInt year = r.sampled().map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
        return tile("water", new IndicatorFigure(r.name(), "", Optional.of(new Reading(StandardTexts.waterClass(c).in(l),
                year, r.sample())), r.target().map(t -> new Target("", StandardTexts.waterClass(t).in(l))),
                r.status()), l);
    }

    private Optional<IndicatorTile> noise(NoiseViewModel.Survey s, Language l) {
        if (s.day().leq().isEmpty() || s.year().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tile("noise", new IndicatorFigure(messages.localized("home.fig.noise"), "dB(A)",
                Optional.of(Reading.of(s.day().leq().getAsDouble(), 1, s.year().getAsInt(), s.sample())),
                s.target().isPresent() ? Optional.of(Target.of("≤", s.target().getAsDouble())) : Optional.empty(),
                s.status()), l));
    }

    private Optional<IndicatorTile> green(GreenViewModel.Figure f, Language l) {
        Optional<Reading> reading = TrendValues.reading(f.latest(), 1);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tile("green", new IndicatorFigure(messages.localized("green.built-up-green"), f.kind().unit(),
                reading, f.target().isPresent() ? Optional.of(Target.of(f.direction().targetSign(), f.target().getAsDouble()))
                : Optional.empty(), f.status()), l));
    }

    private IndicatorTile openDay(FacilityRow r, Language l) {
        OpenDay d = r.next().orElseThrow();
        IndicatorTile tile = tile("facilities", new IndicatorFigure(r.facility().name(), "",
                Optional.of(new Reading(DateTexts.shortDate(d.date(), l), OptionalInt.empty(), r.sample())),
                Optional.empty(), TargetStatus.NO_DATA), l);
        return tile.add(Texts.wrapped(messages.get(l, "home.fig.openDay", DateTexts.time(d.start()),
                DateTexts.time(d.end())), "figure-caption"));
    }

    /** Towns in a demonstration batch (the plan's goal: 3-4 by 2025), and how many are applying. */
    private IndicatorTile towns(TownsViewModel.Progress p, Language l) {
        IndicatorTile tile = tile("towns", new IndicatorFigure(messages.localized("home.fig.towns"), "个",
                Optional.of(new Reading(Integer.toString(p.inBatch()), OptionalInt.empty(), p.sample())),
                Optional.empty(), TargetStatus.NO_DATA), l);
        p.goal().ifPresent(g -> tile.add(Texts.wrapped(messages.get(l, "home.fig.towns.goal", Integer.toString(g.year()),
                g.target()), "figure-line")));
        if (p.applying() > 0) {
            tile.add(Texts.wrapped(messages.get(l, "home.fig.towns.applying", Integer.toString(p.applying())),
                    "figure-caption"));
        }
        return tile;
    }

    private IndicatorTile tile(String id, IndicatorFigure figure, Language l) {
        return new IndicatorTile("home-tile-" + id, figure, texts, l);
    }
}

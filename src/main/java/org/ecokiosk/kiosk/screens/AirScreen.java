package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.CalendarDay;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.DayAqi;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.Series;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.StationAqi;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.model.Language;
import org.ecokiosk.standards.air.AqiLevel;
import org.ecokiosk.standards.air.Pollutant;

/**
 * Air: today's AQI large in its HJ 633 colour with level, primary pollutant and advice; each
 * station; the last 30 days as a calendar of numbers on level colours; good days and PM2.5 by
 * year against the plan's 2025 targets and GB 3095 Grade II.
 */
public final class AirScreen extends EnvironmentScreen<AirViewModel> {
    /** Ten days a row; six on narrow pages (1280×800 in 大字) so level names are not broken mid-word. */
    private static final int WIDE_COLUMNS = 10;
    private static final int NARROW_COLUMNS = 6;
    private static final double NARROW_BELOW_EM = 60;

    public AirScreen(Messages messages, SnapshotSession session, TextScale scale) {
        super("air", messages, session, scale, new AirViewModel());
    }

    @Override
    protected void build(VBox page, Language l) {
        if (model.today().isEmpty()) {
            page.getChildren().add(card("air-no-data", msg("env.noData", "env-empty"), msg("air.explain.aqi", "plain")));
        } else {
            page.getChildren().add(today(model.today().get(), l));
            if (!model.stations().isEmpty()) {
                page.getChildren().add(stations(l));
            }
            page.getChildren().add(calendar(l));
        }
        page.getChildren().add(yearly("air-good-days", model.goodDays(), l, true));
        page.getChildren().add(yearly("air-pm25", model.pm25(), l, false));
        page.getChildren().add(msg("air.source", "screen-footnote"));
    }

    private Node today(DayAqi day, Language l) {
        AqiLevel level = day.level();
        Label number = swatch(Integer.toString(day.aqi()), level.colour(), level.textColour(), "aqi-big");
        number.setId("air-today-aqi");
        Label caption = swatch("AQI", level.colour(), level.textColour(), "aqi-big-caption");
        VBox badge = new VBox(number, caption);
        badge.getStyleClass().add("aqi-badge");
        badge.setStyle(number.getStyle());
        badge.setAlignment(Pos.CENTER);
        badge.setMinWidth(VBox.USE_PREF_SIZE);

        Label when = text(messages.get("air.today", date(day.date(), l)), "figure-caption");
        Label levelName = text(l == Language.ZH ? level.levelZh() + " · " + level.categoryZh()
                : level.levelEn() + " · " + level.categoryEn(), "aqi-level-name");
        levelName.setId("air-today-level");
        String primary = day.primaryPollutants().isEmpty() ? messages.get("air.primary.none")
                : joined(day.primaryPollutants().stream().map(p -> pollutant(p, l)).toList(), l);
        Label primaryLine = text(messages.get("air.primary", primary), "figure-line");
        primaryLine.setId("air-today-primary");
        VBox facts = new VBox(when, levelName, primaryLine);
        facts.getStyleClass().add("figure-facts");
        if (day.sample()) {
            facts.getChildren().add(sampleBadge());
        }
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox top = new HBox(badge, facts);
        top.getStyleClass().add("aqi-top");

        VBox card = card("air-today", top);
        day.provisionalNote().ifPresent(n -> {
            Label note = text(n.in(l), "provisional-note");
            note.setId("air-provisional-note");
            card.getChildren().add(note);
        });
        Label effect = text(l == Language.ZH ? level.healthEffectZh() : level.healthEffectEn(), "advice-text");
        Label advice = text(l == Language.ZH ? level.adviceZh() : level.adviceEn(), "advice-text");
        advice.setId("air-advice");
        GridPane adv = grid(50, 50);
        adv.getStyleClass().add("advice-grid");
        adv.add(new VBox(msg("air.effect", "advice-heading"), effect), 0, 0);
        adv.add(new VBox(msg("air.advice", "advice-heading"), advice), 1, 0);
        card.getChildren().addAll(adv, msg("air.explain.aqi", "plain"));
        return card;
    }

    private static String pollutant(Pollutant p, Language l) {
        return (l == Language.ZH ? p.nameZh() : p.nameEn()) + (l == Language.ZH ? " " + p.displayCode() : "");
    }

    private Node stations(Language l) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("station-flow");
        for (StationAqi s : model.stations()) {
            Node value;
            if (s.day().isPresent()) {
                AqiLevel lv = s.day().get().level();
                value = swatch(s.day().get().aqi() + "  " + (l == Language.ZH ? lv.categoryZh() : lv.categoryEn()),
                        lv.colour(), lv.textColour(), "station-aqi");
            } else {
                value = msg("env.noValue", "row-muted");
            }
            HBox item = new HBox(text(s.name().in(l), "station-name"), value);
            item.getStyleClass().add("station-item");
            item.setAlignment(Pos.CENTER_LEFT);
            if (s.day().map(DayAqi::sample).orElse(false)) {
                item.getChildren().add(sampleBadge());
            }
            item.setId("air-station-" + s.code());
            flow.getChildren().add(item);
        }
        return card("air-stations", sectionHeading("air.stations"), flow);
    }

    private Node calendar(Language l) {
        int columns = widthInEm() < NARROW_BELOW_EM ? NARROW_COLUMNS : WIDE_COLUMNS;
        double[] percents = new double[columns];
        java.util.Arrays.fill(percents, 100.0 / columns);
        GridPane grid = grid(percents);
        grid.getStyleClass().add("aqi-calendar");
        List<CalendarDay> days = model.calendar();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            VBox cell;
            if (d.day().isPresent()) {
                AqiLevel lv = d.day().get().level();
                Label date = swatch(shortDate(d.date(), l), lv.colour(), lv.textColour(), "cal-date");
                Label aqi = swatch(Integer.toString(d.day().get().aqi()), lv.colour(), lv.textColour(), "cal-aqi");
                Label cat = swatch(l == Language.ZH ? lv.categoryZh() : lv.categoryEn(), lv.colour(), lv.textColour(),
                        "cal-category");
                for (Label x : List.of(date, aqi, cat)) {
                    x.setMinWidth(0);
                    x.setMaxWidth(Double.MAX_VALUE);
                    x.setWrapText(true);
                    x.setStyle(x.getStyle() + " -fx-background-color: transparent;");
                }
                cell = new VBox(date, aqi, cat);
                cell.setStyle("-fx-background-color: " + lv.colour().hex() + ";");
            } else {
                Label date = text(shortDate(d.date(), l), "cal-date");
                cell = new VBox(date, msg("env.noValueShort", "cal-missing"));
                cell.getStyleClass().add("cal-empty");
            }
            cell.getStyleClass().add("cal-cell");
            cell.setAlignment(Pos.CENTER);
            cell.setId("air-cal-" + d.date());
            grid.add(cell, i % columns, i / columns);
        }
        VBox card = card("air-calendar", sectionHeading("air.calendar"), grid, legend(l), msg("air.explain.calendar", "plain"));
        if (days.stream().anyMatch(d -> d.day().map(DayAqi::sample).orElse(false))) {
            card.getChildren().add(1, line(sampleBadge()));
        }
        return card;
    }

    private Node legend(Language l) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("legend");
        for (AqiLevel lv : AqiLevel.values()) {
            String range = lv.maxAqi().isPresent() ? lv.minAqi() + "–" + lv.maxAqi().getAsInt() : "> 300";
            legend.getChildren().add(swatch(range + " " + (l == Language.ZH ? lv.categoryZh() : lv.categoryEn()),
                    lv.colour(), lv.textColour(), "legend-item"));
        }
        return legend;
    }

    private Node yearly(String id, Series series, Language l, boolean goodDays) {
        String unit = goodDays ? "天" : "µg/m³";
        String name = messages.get(goodDays ? "air.goodDays" : "air.pm25");
        VBox card = card(id, text(name, "env-heading"));
        Optional<YearValue> latest = series.latest();
        HBox now = line();
        if (latest.isPresent()) {
            YearValue v = latest.get();
            Label value = text(withUnit(number(v.value().getAsDouble(), 0), unit, l), "figure-value");
            value.setId(id + "-value");
            value.setMinWidth(Label.USE_PREF_SIZE);
            now.getChildren().addAll(value, text(messages.get("env.inYear", Integer.toString(v.year())), "figure-caption"));
            if (v.sample()) {
                now.getChildren().add(sampleBadge());
            }
        } else {
            now.getChildren().add(msg("env.noData", "env-empty"));
        }
        String target = series.target().isPresent()
                ? (goodDays ? "≥ " : "≤ ") + withUnit(plain(series.target().getAsDouble()), unit, l) : "";
        Label targetLabel = text(messages.get("env.target2025", target), "figure-line");
        targetLabel.setMinWidth(Label.USE_PREF_SIZE);
        Node chip = status(series.status());
        chip.setId(id + "-status");
        card.getChildren().addAll(now, line(targetLabel, chip));
        if (!goodDays) {
            card.getChildren().add(text(messages.get("air.pm25.limit", plain(model.pm25AnnualLimit())), "figure-line"));
        }
        card.getChildren().add(msg(goodDays ? "air.explain.goodDays" : "air.explain.pm25", "plain"));
        if (series.years().stream().anyMatch(YearValue::present) && series.target().isPresent()) {
            List<ChartValue> values = new ArrayList<>();
            for (YearValue v : series.years()) {
                values.add(v.present() ? ChartValue.of(Integer.toString(v.year()), v.value().getAsDouble())
                        : ChartValue.missing(Integer.toString(v.year())));
            }
            boolean sample = series.years().stream().anyMatch(YearValue::sample);
            ChartText chartText = new ChartText(messages.get(goodDays ? "air.chart.goodDays" : "air.chart.pm25"),
                    messages.get("env.chart.year"), units.display(unit, l), Optional.of(messages.get("env.noValueShort")), sample);
            ReferenceLine targetLine = new ReferenceLine(messages.get("env.chart.target", target),
                    series.target().getAsDouble());
            Optional<ReferenceLine> limit = goodDays ? Optional.empty() : Optional.of(new ReferenceLine(
                    messages.get("air.chart.limit", plain(model.pm25AnnualLimit())), model.pm25AnnualLimit()));
            card.getChildren().add(chart(id + "-chart", charts().yearlyTrend(chartText, name, values, targetLine, limit)));
        }
        return card;
    }
}

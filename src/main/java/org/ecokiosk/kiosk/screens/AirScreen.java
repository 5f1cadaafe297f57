package org.ecokiosk.kiosk.screens;

import java.util.Arrays;
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
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.DateTexts;
import org.ecokiosk.kiosk.i18n.FigureFormat;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.evaluation.DataAge;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.widgets.AdvicePanel;
import org.ecokiosk.kiosk.widgets.Ages;
import org.ecokiosk.kiosk.widgets.LevelIcons;
import org.ecokiosk.kiosk.widgets.RealTimeAirCard;
import org.ecokiosk.standards.air.AqiCompleteness;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.CalendarDay;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.DayAqi;
import org.ecokiosk.kiosk.viewmodel.AirViewModel.Series;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.widgets.Card;
import org.ecokiosk.kiosk.widgets.ChartView;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.IndicatorFigure;
import org.ecokiosk.kiosk.widgets.IndicatorTile;
import org.ecokiosk.kiosk.widgets.Swatch;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;
import org.ecokiosk.standards.air.AqiLevel;

/**
 * Air, as the best dashboards show it: the latest hour with its six pollutants, 24 hours and
 * health advice by audience; the daily report; the stations on a schematic map of the district;
 * the last 30 days as a calendar (colour, word and shape); good days so far this year against the
 * plan's target; good days and PM2.5 by year against the plan's 2025 targets and GB 3095 Grade II.
 * Every level is said in words and by a shape, never by colour alone.
 */
public final class AirScreen extends EnvironmentScreen<AirViewModel> {
    /** Ten days a row; six on narrow pages (1280×800 in 大字) so level names are not broken mid-word. */
    private static final int WIDE_COLUMNS = 10;
    private static final int NARROW_COLUMNS = 6;
    private static final double NARROW_BELOW_EM = 60;
    private static final String DAYS = "天";
    private static final String MICROGRAMS = "µg/m³";

    public AirScreen(Messages messages, SnapshotSession session, TextScale scale) {
        this(messages, session, scale, new AirViewModel());
    }

    /** With the kiosk's clock and age limits inside {@code model}; {@code model} may be shared with home, which shows its latest figure. */
    public AirScreen(Messages messages, SnapshotSession session, TextScale scale, AirViewModel model) {
        super("air", messages, session, scale, model);
    }

    @Override
    protected void build(VBox page, Language l) {
        // the latest hour leads where hourly data exists; the daily report follows
        model.now().ifPresent(now -> page.getChildren().add(new RealTimeAirCard(now, messages, l, charts(), em())));
        if (model.today().isEmpty()) {
            page.getChildren().add(Card.of("air-no-data", Texts.message(messages, "env.noData", "env-empty"),
                    Texts.message(messages, "air.explain.aqi", "plain")));
        } else {
            page.getChildren().add(today(model.today().get(), l));
            if (!model.map().isEmpty()) {
                page.getChildren().add(new AirStationsCard(model, messages, l, em()));
            }
            page.getChildren().add(calendar(l));
            model.goodDaysSoFar().ifPresent(so -> page.getChildren().add(new GoodDaysSoFarCard(so, messages, l)));
        }
        page.getChildren().add(yearly("air-good-days", model.goodDays(), l, true));
        page.getChildren().add(yearly("air-pm25", model.pm25(), l, false));
        page.getChildren().add(Texts.message(messages, "air.source", "screen-footnote"));
    }

    private Node today(DayAqi day, Language l) {
        AqiLevel level = day.level();
        boolean undetermined = day.completeness() == AqiCompleteness.UNDETERMINED;
        String shown = (day.completeness() == AqiCompleteness.COMPLETE ? "" : "≥ ") + day.aqi();
        Label number = undetermined ? undetermined(shown, "aqi-big")
                : Swatch.of(shown, level.colour(), level.textColour(), "aqi-big");
        number.setId("air-today-aqi");
        Label caption = undetermined ? undetermined("AQI", "aqi-big-caption")
                : Swatch.of("AQI", level.colour(), level.textColour(), "aqi-big-caption");
        VBox badge = new VBox(number, caption);
        badge.getStyleClass().add("aqi-badge");
        if (undetermined) {
            badge.getStyleClass().add("aqi-undetermined");
        } else {
            badge.setStyle(number.getStyle());
        }
        badge.setAlignment(Pos.CENTER);
        badge.setMinWidth(VBox.USE_PREF_SIZE);

        Label when = Texts.wrapped(messages.get("air.today", DateTexts.date(day.date(), l)), "figure-caption");
        String missing = messages.list(day.missing().stream().map(p -> StandardTexts.pollutant(p).in(l)).toList(), l);
        String levelText = switch (day.completeness()) {
            case COMPLETE -> StandardTexts.levelAndCategory(level).in(l);
            case AT_LEAST -> messages.get(l, "air.daily.atLeast", StandardTexts.levelAndCategory(level).in(l), missing);
            case UNDETERMINED -> messages.get(l, "air.daily.undetermined", missing);
        };
        Label levelName = Texts.wrapped(levelText, "aqi-level-name");
        levelName.setId("air-today-level");
        if (day.completeness() != AqiCompleteness.UNDETERMINED) {
            levelName.setGraphic(LevelIcons.shape(level, em(), 1.7));
        }
        String primary = day.primaryPollutants().isEmpty() ? messages.get("air.primary.none")
                : messages.list(day.primaryPollutants().stream().map(p -> StandardTexts.pollutant(p).in(l)).toList(), l);
        Label primaryLine = Texts.wrapped(messages.get("air.primary", primary), "figure-line");
        primaryLine.setId("air-today-primary");
        VBox facts = new VBox(Texts.message(messages, "air.daily.heading", "advice-heading"), when, levelName,
                primaryLine);
        model.todayAge().filter(DataAge::stale).ifPresent(age -> {
            Label old = Texts.wrapped(messages.get(l, "age.stale", Ages.words(age, messages, l)), "figure-caption",
                    "stale-time");
            old.setId("air-today-age");
            facts.getChildren().add(1, old);
        });
        facts.getStyleClass().add("figure-facts");
        HBox.setHgrow(facts, Priority.ALWAYS);
        HBox top = new HBox(badge, facts);
        top.getStyleClass().add("aqi-top");

        VBox card = Card.of("air-today", top);
        day.provisionalNote().ifPresent(n -> {
            Label note = Texts.wrapped(n.in(l), "provisional-note");
            note.setId("air-provisional-note");
            card.getChildren().add(note);
        });
        day.methodNote().ifPresent(n -> card.getChildren().add(
                Texts.wrapped(messages.get(l, "air.method", n.in(l)), "plain")));
        card.getChildren().addAll(new AdvicePanel("air-advice", level, day.sensitiveGroups(), messages, l, em()),
                Texts.message(messages, "air.explain.aqi", "plain"));
        return card;
    }

    /** The big number of a day whose level cannot be stated: no level colour, so it is never read as 优 or 良. */
    private static Label undetermined(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll(style, "aqi-undetermined");
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private Node calendar(Language l) {
        int columns = widthInEm() < NARROW_BELOW_EM ? NARROW_COLUMNS : WIDE_COLUMNS;
        double[] percents = new double[columns];
        Arrays.fill(percents, 100.0 / columns);
        GridPane grid = Columns.grid(percents);
        grid.getStyleClass().add("aqi-calendar");
        List<CalendarDay> days = model.calendar();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            VBox cell;
            if (d.day().isPresent()) {
                AqiLevel lv = d.day().get().level();
                Label date = Swatch.of(DateTexts.shortDate(d.date(), l), lv.colour(), lv.textColour(), "cal-date");
                Label aqi = Swatch.of(Integer.toString(d.day().get().aqi()), lv.colour(), lv.textColour(), "cal-aqi");
                Label cat = Swatch.of(StandardTexts.category(lv).in(l), lv.colour(), lv.textColour(), "cal-category");
                aqi.setGraphic(LevelIcons.shapeOn(lv, em(), 1.2));
                for (Label x : List.of(date, aqi, cat)) {
                    x.setMinWidth(0);
                    x.setMaxWidth(Double.MAX_VALUE);
                    x.setWrapText(true);
                    x.setStyle(x.getStyle() + " -fx-background-color: transparent;");
                }
                cell = new VBox(date, aqi, cat);
                cell.setStyle("-fx-background-color: " + lv.colour().hex() + ";");
            } else {
                Label date = Texts.wrapped(DateTexts.shortDate(d.date(), l), "cal-date");
                cell = new VBox(date, Texts.message(messages, "env.noValueShort", "cal-missing"));
                cell.getStyleClass().add("cal-empty");
            }
            cell.getStyleClass().add("cal-cell");
            cell.setAlignment(Pos.CENTER);
            cell.setId("air-cal-" + d.date());
            grid.add(cell, i % columns, i / columns);
        }
        // sample days are said by the page's one banner, not by a badge on this card
        return Card.of("air-calendar", Texts.message(messages, "air.calendar", "env-heading"), grid, legend(l),
                Texts.message(messages, "air.explain.calendar", "plain"));
    }

    private Node legend(Language l) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("legend");
        for (AqiLevel lv : AqiLevel.values()) {
            String range = lv.maxAqi().isPresent() ? lv.minAqi() + "–" + lv.maxAqi().getAsInt() : "> 300";
            Label item = Swatch.of(range + " " + StandardTexts.category(lv).in(l), lv.colour(), lv.textColour(),
                    "legend-item");
            item.setGraphic(LevelIcons.shapeOn(lv, em(), 1.2));
            legend.getChildren().add(item);
        }
        return legend;
    }

    /** A yearly series (good days ≥ target, PM2.5 ≤ target) as an indicator tile over its trend chart. */
    private Node yearly(String id, Series series, Language l, boolean goodDays) {
        String unit = goodDays ? DAYS : MICROGRAMS;
        LocalizedText name = messages.localized(goodDays ? "air.goodDays" : "air.pm25");
        IndicatorFigure figure = new IndicatorFigure(name, unit, TrendValues.reading(series.latest(), 0),
                series.target().isPresent() ? Optional.of(IndicatorFigure.Target.of(goodDays ? "≥" : "≤",
                        series.target().getAsDouble())) : Optional.empty(),
                series.status());
        IndicatorTile tile = new IndicatorTile(id, figure, indicatorTexts, l);
        if (!goodDays) {
            tile.add(Texts.wrapped(messages.get("air.pm25.limit", FigureFormat.plain(model.pm25AnnualLimit()),
                    org.ecokiosk.model.StandardNames.printed(model.pm25LimitsId())),
                    "figure-line"));
        }
        tile.add(Texts.message(messages, goodDays ? "air.explain.goodDays" : "air.explain.pm25", "plain"));
        // a year the district published (its 环境状况公报) names that document, as the plan screen does
        PublishedSources.lines(id, series.years(), messages, l).forEach(tile::add);
        if (series.years().stream().anyMatch(YearValue::present) && series.target().isPresent()) {
            String target = indicatorTexts.targetValue(figure, l).orElse("");
            ChartText chartText = new ChartText(messages.get(goodDays ? "air.chart.goodDays" : "air.chart.pm25"),
                    messages.get("env.chart.year"), units.display(unit, l), Optional.of(messages.get("env.noValueShort")),
                    TrendValues.anySample(series.years()));
            ReferenceLine targetLine = new ReferenceLine(messages.get("env.chart.target", target),
                    series.target().getAsDouble());
            Optional<ReferenceLine> limit = goodDays ? Optional.empty() : Optional.of(new ReferenceLine(
                    messages.get("air.chart.limit", FigureFormat.plain(model.pm25AnnualLimit())), model.pm25AnnualLimit()));
            tile.add(ChartView.of(id + "-chart", charts().yearlyTrend(chartText, name.in(l), TrendValues.of(series.years()),
                    targetLine, limit)));
        }
        return tile;
    }
}

package org.ecokiosk.kiosk.screens;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.FigureFormat;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.StandardTexts;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Level;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Survey;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Zone;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.kiosk.widgets.Card;
import org.ecokiosk.kiosk.widgets.ChartView;
import org.ecokiosk.kiosk.widgets.Columns;
import org.ecokiosk.kiosk.widgets.FigureLine;
import org.ecokiosk.kiosk.widgets.StatusChip;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.evaluation.TargetStatus;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;

/**
 * Noise: regional and road-traffic averages against the plan's ceilings with their HJ 640 grade,
 * each GB 3096 functional zone by day and night, and what a resident can do about noise.
 */
public final class NoiseScreen extends EnvironmentScreen<NoiseViewModel> {
    private static final String DB = "dB(A)";
    /** Measured levels are written to one decimal everywhere on the screen, the charts included. */
    private static final int DB_DECIMALS = 1;
    private static final double[] ZONE_COLUMNS = {46, 27, 27};

    public NoiseScreen(Messages messages, SnapshotSession session, TextScale scale) {
        this(messages, session, scale, new NoiseViewModel());
    }

    /** {@code model} may be shared with home, which shows regional noise from it. */
    public NoiseScreen(Messages messages, SnapshotSession session, TextScale scale, NoiseViewModel model) {
        super("noise", messages, session, scale, model);
    }

    @Override
    protected void build(VBox page, Language l) {
        GridPane surveys = Columns.cards(widthInEm(), survey(model.regional(), l), survey(model.traffic(), l));
        page.getChildren().add(surveys);
        scales(l).ifPresent(page.getChildren()::add);
        List<Node> charts = java.util.stream.Stream.of(trend(model.regional()), trend(model.traffic()))
                .flatMap(Optional::stream).toList();
        if (!charts.isEmpty()) {
            // in 大字 every chart takes the page's full width; otherwise two share a row when wide
            page.getChildren().add(largeText() ? new VBox(charts.toArray(Node[]::new))
                    : Columns.cards(widthInEm(), charts.toArray(Node[]::new)));
            if (largeText()) {
                ((VBox) page.getChildren().get(page.getChildren().size() - 1)).getStyleClass().add("card-stack");
            }
        }
        page.getChildren().addAll(zones(l), help(), Texts.message(messages, "noise.source", "screen-footnote"));
    }

    /**
     * Road and neighbourhood noise are graded on different HJ 640 scales, so a louder road can rate
     * better than a quieter neighbourhood: said in one line with the two figures and the two bounds.
     */
    private Optional<Node> scales(Language l) {
        Survey road = model.traffic();
        Survey area = model.regional();
        if (road.day().grade().isEmpty() || area.day().grade().isEmpty()) {
            return Optional.empty();
        }
        Label line = Texts.wrapped(messages.get("noise.scales", decibels(road.day().leq()),
                StandardTexts.noiseGrade(road.day().grade().get()).in(l), decibels(area.day().leq()),
                StandardTexts.noiseGrade(area.day().grade().get()).in(l),
                decibels(OptionalDouble.of(NoiseViewModel.gradeOneDayBound(NoiseKind.TRAFFIC))),
                decibels(OptionalDouble.of(NoiseViewModel.gradeOneDayBound(NoiseKind.REGIONAL)))),
                "plain");
        line.setId("noise-scales");
        return Optional.of(Card.of("noise-scales-card", line));
    }

    /** The daytime trend of one survey against the plan's ceiling, in a card of its own. */
    private Optional<Node> trend(Survey s) {
        List<YearValue> trend = s.dayTrend();
        if (trend.size() < 2 || s.target().isEmpty()) {
            return Optional.empty();
        }
        String key = s.kind() == NoiseKind.REGIONAL ? "regional" : "traffic";
        String id = "noise-" + key;
        // dB to one decimal on the chart as on the cards ("67.0", never "67")
        ChartText text = new ChartText("", messages.get("env.chart.year"), DB,
                Optional.of(messages.get("env.noValueShort")), TrendValues.anySample(trend))
                .withValueDecimals(DB_DECIMALS);
        return Optional.of(Card.of(id + "-trend", Texts.message(messages, "noise.chart." + key, "env-heading"),
                ChartView.of(id + "-chart", charts().yearlyTrend(text, messages.get("noise.day"),
                        TrendValues.of(trend), new ReferenceLine(messages.get("env.chart.target", "≤ "
                                + FigureFormat.plain(s.target())), s.target().getAsDouble()), Optional.empty()))));
    }

    private static String decibels(OptionalDouble leq) {
        return FigureFormat.fixed(leq, DB_DECIMALS) + " " + DB;
    }

    private Node survey(Survey s, Language l) {
        String key = s.kind() == NoiseKind.REGIONAL ? "regional" : "traffic";
        String id = "noise-" + key;
        VBox card = Card.of(id, Texts.message(messages, "noise." + key, "env-heading"));
        if (s.day().leq().isEmpty() && s.night().leq().isEmpty()) {
            card.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        } else {
            card.getChildren().add(Texts.wrapped(messages.get("env.inYear", Integer.toString(s.year().getAsInt())),
                    "figure-caption"));
            card.getChildren().add(level(id + "-day", "noise.day", s.day(), l));
            card.getChildren().add(level(id + "-night", "noise.night", s.night(), l));
        }
        if (s.target().isPresent()) {
            Label t = Texts.wrapped(messages.get("noise.target", "≤ " + FigureFormat.plain(s.target()) + " " + DB),
                    "figure-line");
            Node chip = new StatusChip(messages, s.status());
            chip.setId(id + "-status");
            card.getChildren().add(FigureLine.of(t, chip));
        }
        card.getChildren().add(Texts.message(messages, "noise.explain." + key, "plain"));
        return card;
    }

    private Node level(String id, String periodKey, Level level, Language l) {
        Label period = Texts.message(messages, periodKey, "figure-caption");
        period.setMinWidth(Label.USE_PREF_SIZE);
        if (level.leq().isEmpty()) {
            return FigureLine.of(period, Texts.message(messages, "env.noValue", "row-muted"));
        }
        Label value = Texts.wrapped(decibels(level.leq()), "figure-value");
        value.setId(id);
        value.setMinWidth(Label.USE_PREF_SIZE);
        NoiseGrade g = level.grade().orElseThrow();
        Label grade = Texts.wrapped(StandardTexts.noiseGrade(g).in(l), "chip", "noise-grade", "noise-grade-" + g.number());
        grade.setId(id + "-grade");
        grade.setMinWidth(Label.USE_PREF_SIZE);
        return FigureLine.of(period, value, grade);
    }

    private Node zones(Language l) {
        VBox card = Card.of("noise-zones", Texts.message(messages, "noise.zones", "env-heading"));
        if (model.zones().isEmpty()) {
            card.getChildren().add(Texts.message(messages, "env.noData", "env-empty"));
        } else {
            card.getChildren().add(Texts.wrapped(messages.get("env.inYear", Integer.toString(model.zoneYear().getAsInt())),
                    "figure-caption"));
            GridPane header = Columns.grid(ZONE_COLUMNS);
            header.getStyleClass().add("env-row-header");
            header.addRow(0, Texts.message(messages, "noise.col.zone", "row-caption"),
                    Texts.message(messages, "noise.col.day", "row-caption"),
                    Texts.message(messages, "noise.col.night", "row-caption"));
            card.getChildren().add(header);
            for (Zone z : model.zones()) {
                GridPane row = Columns.grid(ZONE_COLUMNS);
                row.getStyleClass().add("env-row");
                row.setId("noise-zone-" + z.zone().code());
                row.addRow(0, Texts.wrapped(StandardTexts.zone(z.zone()).in(l), "row-name"),
                        period(z, z.day(), z.dayStatus(), DayPeriod.DAY),
                        period(z, z.night(), z.nightStatus(), DayPeriod.NIGHT));
                card.getChildren().add(row);
            }
        }
        card.getChildren().add(Texts.message(messages, "noise.explain.zones", "plain"));
        return card;
    }

    private Node period(Zone z, OptionalDouble leq, TargetStatus status, DayPeriod period) {
        VBox cell = new VBox();
        cell.getStyleClass().add("row-cell");
        if (leq.isEmpty()) {
            cell.getChildren().add(Texts.message(messages, "env.noValue", "row-muted"));
            return cell;
        }
        cell.getChildren().add(Texts.wrapped(decibels(leq), "row-value"));
        cell.getChildren().add(Texts.wrapped(messages.get("noise.limit", FigureFormat.plain(z.zone().limit(period)) + " " + DB),
                "row-muted"));
        Node chip = new StatusChip(messages, status).wrapping();
        chip.setId("noise-zone-" + z.zone().code() + "-" + period.name().toLowerCase(java.util.Locale.ROOT));
        cell.getChildren().add(chip);
        return cell;
    }

    private Node help() {
        VBox card = Card.of("noise-help", Texts.message(messages, "noise.help", "env-heading"));
        Label hotline = Texts.message(messages, "noise.help.hotline", "hotline");
        hotline.setId("noise-hotline");
        card.getChildren().addAll(hotline, Texts.message(messages, "noise.help.1", "plain"),
                Texts.message(messages, "noise.help.2", "plain"), Texts.message(messages, "noise.help.3", "plain"));
        return card;
    }
}

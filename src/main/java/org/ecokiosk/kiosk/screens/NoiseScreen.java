package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartText;
import org.ecokiosk.charts.ChartValue;
import org.ecokiosk.charts.ReferenceLine;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Level;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Survey;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel.Zone;
import org.ecokiosk.kiosk.viewmodel.YearValue;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.NoiseKind;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.standards.noise.DayPeriod;
import org.ecokiosk.standards.noise.NoiseGrade;

/**
 * Noise: regional and road-traffic averages against the plan's ceilings with their HJ 640 grade,
 * each GB 3096 functional zone by day and night, and what a resident can do about noise.
 */
public final class NoiseScreen extends EnvironmentScreen<NoiseViewModel> {
    private static final String DB = "dB(A)";

    public NoiseScreen(Messages messages, SnapshotSession session, TextScale scale) {
        super("noise", messages, session, scale, new NoiseViewModel());
    }

    @Override
    protected void build(VBox page, Language l) {
        GridPane surveys = cards(survey(model.regional(), l), survey(model.traffic(), l));
        page.getChildren().addAll(surveys, zones(l), help(), msg("noise.source", "screen-footnote"));
    }

    private Node survey(Survey s, Language l) {
        String key = s.kind() == NoiseKind.REGIONAL ? "regional" : "traffic";
        String id = "noise-" + key;
        VBox card = card(id, msg("noise." + key, "env-heading"));
        if (s.day().leq().isEmpty() && s.night().leq().isEmpty()) {
            card.getChildren().add(msg("env.noData", "env-empty"));
        } else {
            card.getChildren().add(text(messages.get("env.inYear", Integer.toString(s.year().getAsInt())), "figure-caption"));
            card.getChildren().add(level(id + "-day", "noise.day", s.day(), l));
            card.getChildren().add(level(id + "-night", "noise.night", s.night(), l));
            if (s.sample()) {
                card.getChildren().add(line(sampleBadge()));
            }
        }
        if (s.target().isPresent()) {
            Label t = text(messages.get("noise.target", "≤ " + plain(s.target()) + " " + DB), "figure-line");
            Node chip = status(s.status());
            chip.setId(id + "-status");
            card.getChildren().add(line(t, chip));
        }
        card.getChildren().add(msg("noise.explain." + key, "plain"));
        List<YearValue> trend = s.dayTrend();
        if (trend.size() > 1 && s.target().isPresent()) {
            List<ChartValue> values = new ArrayList<>();
            trend.forEach(v -> values.add(v.present() ? ChartValue.of(Integer.toString(v.year()), v.value().getAsDouble())
                    : ChartValue.missing(Integer.toString(v.year()))));
            ChartText text = new ChartText(messages.get("noise.chart." + key), messages.get("env.chart.year"), DB,
                    Optional.of(messages.get("env.noValueShort")), trend.stream().anyMatch(YearValue::sample));
            card.getChildren().add(chart(id + "-chart", charts().yearlyTrend(text, messages.get("noise.day"), values,
                    new ReferenceLine(messages.get("env.chart.target", "≤ " + plain(s.target())),
                            s.target().getAsDouble()), Optional.empty())));
        }
        return card;
    }

    private Node level(String id, String periodKey, Level level, Language l) {
        Label period = msg(periodKey, "figure-caption");
        period.setMinWidth(Label.USE_PREF_SIZE);
        if (level.leq().isEmpty()) {
            return line(period, msg("env.noValue", "row-muted"));
        }
        Label value = text(number(level.leq(), 1) + " " + DB, "figure-value");
        value.setId(id);
        value.setMinWidth(Label.USE_PREF_SIZE);
        NoiseGrade g = level.grade().orElseThrow();
        Label grade = text(l == Language.ZH ? g.gradeZh() + " · " + g.ratingZh() : g.gradeEn() + " · " + g.ratingEn(),
                "chip", "noise-grade", "noise-grade-" + g.number());
        grade.setId(id + "-grade");
        grade.setMinWidth(Label.USE_PREF_SIZE);
        return line(period, value, grade);
    }

    private Node zones(Language l) {
        VBox card = card("noise-zones", sectionHeading("noise.zones"));
        if (model.zones().isEmpty()) {
            card.getChildren().add(msg("env.noData", "env-empty"));
        } else {
            card.getChildren().add(text(messages.get("env.inYear", Integer.toString(model.zoneYear().getAsInt())),
                    "figure-caption"));
            if (model.zones().stream().anyMatch(Zone::sample)) {
                card.getChildren().add(line(sampleBadge()));
            }
            GridPane header = grid(46, 27, 27);
            header.getStyleClass().add("env-row-header");
            header.addRow(0, msg("noise.col.zone", "row-caption"), msg("noise.col.day", "row-caption"),
                    msg("noise.col.night", "row-caption"));
            card.getChildren().add(header);
            for (Zone z : model.zones()) {
                GridPane row = grid(46, 27, 27);
                row.getStyleClass().add("env-row");
                row.setId("noise-zone-" + z.zone().code());
                row.addRow(0, text(l == Language.ZH ? z.zone().descriptionZh() : z.zone().descriptionEn(), "row-name"),
                        period(z, z.day(), z.dayStatus(), DayPeriod.DAY),
                        period(z, z.night(), z.nightStatus(), DayPeriod.NIGHT));
                card.getChildren().add(row);
            }
        }
        card.getChildren().add(msg("noise.explain.zones", "plain"));
        return card;
    }

    private Node period(Zone z, OptionalDouble leq, TargetStatus status, DayPeriod period) {
        VBox cell = new VBox();
        cell.getStyleClass().add("row-cell");
        if (leq.isEmpty()) {
            cell.getChildren().add(msg("env.noValue", "row-muted"));
            return cell;
        }
        cell.getChildren().add(text(number(leq, 1) + " " + DB, "row-value"));
        cell.getChildren().add(text(messages.get("noise.limit", plain(z.zone().limit(period)) + " " + DB), "row-muted"));
        Node chip = status(status);
        chip.setId("noise-zone-" + z.zone().code() + "-" + period.nameEn());
        cell.getChildren().add(chip);
        return cell;
    }

    private Node help() {
        VBox card = card("noise-help", sectionHeading("noise.help"));
        Label hotline = msg("noise.help.hotline", "hotline");
        hotline.setId("noise-hotline");
        card.getChildren().addAll(hotline, msg("noise.help.1", "plain"), msg("noise.help.2", "plain"),
                msg("noise.help.3", "plain"));
        return card;
    }
}

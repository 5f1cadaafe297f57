package org.ecokiosk.kiosk.screens;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecokiosk.charts.ChartTheme;
import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.SnapshotViewModel;
import org.ecokiosk.kiosk.widgets.StatusChip;
import org.ecokiosk.kiosk.widgets.Texts;
import org.ecokiosk.model.Language;
import org.ecokiosk.plan.TargetStatus;
import org.ecokiosk.standards.RgbColour;
import org.ecokiosk.standards.TextColour;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * What the air, water, noise and green-space screens share: a finger-scrollable page over a
 * view model, rebuilt when the data arrives, the language changes or 大字 is switched; loading
 * and failure messages; and small builders for the parts every page uses (headings, plain
 * sentences, sample badges, status chips, colour swatches from the standards, charts).
 */
abstract class EnvironmentScreen<M extends SnapshotViewModel<?>> extends ModelScreen<M> {
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_SHORT = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter EN_SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    protected final Units units;
    private final TextScale scale;

    EnvironmentScreen(String id, Messages messages, SnapshotSession session, TextScale scale, M model) {
        super(id, messages, session, model, "env-screen", "env-content");
        this.units = new Units(messages);
        this.scale = scale;
        // charts and large figures are sized for the text size: 大字 rebuilds the page
        rebuildOn(scale.largeProperty());
        render();
    }


    // ---- builders ----

    static Label text(String text, String... styles) {
        return Texts.wrapped(text, styles);
    }

    Label msg(String key, String... styles) {
        return text(messages.get(key), styles);
    }

    /** A white card holding one topic. */
    static VBox card(String id, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("env-card");
        if (id != null) {
            box.setId(id);
        }
        return box;
    }

    Label sectionHeading(String key) {
        return msg(key, "env-heading");
    }

    /** The 示例数据 badge next to a sample figure. */
    Label sampleBadge() {
        Label l = new Label(messages.get("badge.sample"));
        l.getStyleClass().addAll("sample-badge", "figure-sample-badge");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** A row of nodes that wraps nothing and keeps each at its preferred width, left-aligned. */
    static HBox line(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("env-line");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    StatusChip status(TargetStatus status) {
        return new StatusChip(messages, status);
    }

    /** A label on an official colour (AQI level, water class) with the text colour the standard's palette calls for. */
    static Label swatch(String text, RgbColour colour, TextColour ink, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().add("swatch");
        l.getStyleClass().addAll(styles);
        l.setStyle("-fx-background-color: " + colour.hex() + "; -fx-text-fill: " + ink.rgb().hex() + ";");
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    /** Columns sharing the width by percent, as the plan screen lays out its rows. */
    static GridPane grid(double... percents) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("env-grid");
        for (double percent : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(percent);
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    /** A chart from the shared factory, sized by CSS, with no zoom, pan or menu (a touch screen). */
    ChartViewer chart(String id, JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setId(id);
        viewer.getStyleClass().add("env-chart");
        viewer.getCanvas().setDomainZoomable(false);
        viewer.getCanvas().setRangeZoomable(false);
        viewer.getCanvas().setTooltipEnabled(false);
        // the finger drags the page, not the chart
        viewer.setMouseTransparent(true);
        return viewer;
    }

    /** The page's width in em of the current text size (about 53 at 1280×800 in 大字, 96 at 1080p). */
    double widthInEm() {
        double width = sceneWidth();
        return width > 0 ? width / scale.rootSize() : 96;
    }

    /** Cards two to a row on wide pages, one to a row on narrow ones (1280×800 in 大字). */
    GridPane cards(Node... cards) {
        int columns = widthInEm() < 60 ? 1 : 2;
        double[] percents = new double[columns];
        java.util.Arrays.fill(percents, 100.0 / columns);
        GridPane grid = grid(percents);
        grid.getStyleClass().add("card-grid");
        for (int i = 0; i < cards.length; i++) {
            grid.add(cards[i], i % columns, i / columns);
        }
        return grid;
    }

    /** The chart factory at the current text size: the same factory the PDFs use, with screen sizes. */
    EcoChartFactory charts() {
        return new EcoChartFactory(ChartTheme.forScreen().withBaseSize((float) (scale.rootSize() * 0.9)));
    }

    String date(LocalDate date, Language l) {
        return (l == Language.ZH ? ZH_DATE : EN_DATE).format(date);
    }

    String shortDate(LocalDate date, Language l) {
        return (l == Language.ZH ? ZH_SHORT : EN_SHORT).format(date);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : "";
    }

    /** A target or limit as the plan writes it: 30, 9.4 — no trailing zeros. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String plain(OptionalDouble value) {
        return value.isPresent() ? plain(value.getAsDouble()) : "";
    }

    String withUnit(String value, String unit, Language l) {
        return units.withUnit(value, unit, l);
    }

    static String joined(List<String> parts, Language l) {
        return String.join(l == Language.ZH ? "、" : ", ", parts);
    }
}

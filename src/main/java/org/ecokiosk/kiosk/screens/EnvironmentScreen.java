package org.ecokiosk.kiosk.screens;

import org.ecokiosk.charts.EcoChartFactory;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.kiosk.i18n.Units;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.ContrastTheme;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.SnapshotViewModel;
import org.ecokiosk.kiosk.widgets.ChartView;
import org.ecokiosk.kiosk.widgets.IndicatorTexts;

/**
 * What the air, water, noise and green-space pages share beyond {@link ModelScreen}: they are
 * sized for the text size (大字 rebuilds them: charts and large figures change size) and know
 * the page's width in em and the chart factory at that size. The parts they lay out — cards,
 * indicator tiles, chips, swatches, charts — are widgets from {@code kiosk.widgets}.
 */
public abstract class EnvironmentScreen<M extends SnapshotViewModel<?>> extends ModelScreen<M> {
    protected final Units units;
    protected final IndicatorTexts indicatorTexts;
    private final TextScale scale;
    private ContrastTheme contrast = new ContrastTheme();

    EnvironmentScreen(String id, Messages messages, SnapshotSession session, TextScale scale, M model) {
        super(id, messages, session, model, "env-screen", "env-content");
        this.units = new Units(messages);
        this.indicatorTexts = new IndicatorTexts(messages);
        this.scale = scale;
        rebuildOn(scale.largeProperty(), scale.baseSizeProperty());
    }

    /** True in 大字: charts then take a card's full width instead of sharing a row. */
    protected final boolean largeText() {
        return scale.largeProperty().get();
    }

    /** The page's width in em of the current text size (about 53 at 1280×800 in 大字, 96 at 1080p). */
    protected final double widthInEm() {
        double width = sceneWidth();
        return width > 0 ? width / scale.rootSize() : 96;
    }

    /**
     * Charts follow the kiosk's 高对比度 switch: drawn in the contrast palette while it is on, and
     * redrawn when it changes (the assembly calls this once for every page with charts).
     */
    public final void followContrast(ContrastTheme theme) {
        this.contrast = theme;
        rebuildOn(theme.highContrastProperty());
    }

    /** The root font size in px (one em): icons and maps drawn in code are sized by it. */
    protected final double em() {
        return scale.rootSize();
    }

    /** The shared chart factory at the current text size and contrast. */
    protected final EcoChartFactory charts() {
        return ChartView.factory(scale.rootSize(), contrast.isHighContrast(), messages.get("chart.sampleNotice"));
    }
}

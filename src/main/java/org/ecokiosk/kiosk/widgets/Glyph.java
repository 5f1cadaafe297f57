package org.ecokiosk.kiosk.widgets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * One icon ({@link Mdi}): its glyph as a text node in the Material Design Icons font, which the
 * kiosk registers off the FX thread before its first frame ({@code kiosk.KioskFonts}; a widget
 * reads no file). What Ikonli's FontIcon did, without its resolver (which loaded the handlers of all 26 classes of the pack through a service loader and copied the font out of the
 * jar on every start) and without its enums. Styled as FontIcon was: its size by
 * {@code -fx-font-size} in the stylesheets (em of its parent's font, so 大字 scales it) unless
 * {@link #setIconSize} fixes it in pixels, its colour by {@code -fx-icon-color} (or {@link #iconColorProperty}).
 */
public final class Glyph extends Text {
    public static final String FAMILY = "Material Design Icons";
    /** The font as Ikonli's materialdesign2 pack ships it. */
    public static final String FONT = "/META-INF/resources/materialdesignicons2/5.8.55/fonts/materialdesignicons-webfont.ttf";
    private static final String FAMILY_STYLE = "-fx-font-family: '" + FAMILY + "';";

    private static final CssMetaData<Glyph, Paint> ICON_COLOR = new CssMetaData<>("-fx-icon-color",
            StyleConverter.getPaintConverter(), Color.BLACK) {
        @Override
        public boolean isSettable(Glyph glyph) {
            return !glyph.iconColor.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(Glyph glyph) {
            return glyph.iconColor;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Text.getClassCssMetaData());
        all.add(ICON_COLOR);
        CSS = Collections.unmodifiableList(all);
    }

    private final Mdi icon;
    private final SimpleStyleableObjectProperty<Paint> iconColor = new SimpleStyleableObjectProperty<>(ICON_COLOR,
            this, "iconColor", Color.BLACK) {
        @Override
        protected void invalidated() {
            setFill(get());
        }
    };
    private final IntegerProperty iconSize = new SimpleIntegerProperty(this, "iconSize", 0) {
        @Override
        protected void invalidated() {
            setStyle(get() > 0 ? FAMILY_STYLE + " -fx-font-size: " + get() + "px;" : FAMILY_STYLE);
        }
    };

    public Glyph(Mdi icon) {
        super(icon.text());
        this.icon = icon;
        getStyleClass().add("glyph");
        setStyle(FAMILY_STYLE);
    }

    public Mdi icon() {
        return icon;
    }

    /** Fixes the size in pixels (0: the stylesheets' {@code -fx-font-size}). */
    public void setIconSize(int pixels) {
        iconSize.set(pixels);
    }

    public IntegerProperty iconSizeProperty() {
        return iconSize;
    }

    public void setIconColor(Paint paint) {
        iconColor.set(paint);
    }

    public Paint getIconColor() {
        return iconColor.get();
    }

    public ObjectProperty<Paint> iconColorProperty() {
        return iconColor;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}

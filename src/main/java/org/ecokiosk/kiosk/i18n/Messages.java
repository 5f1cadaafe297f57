package org.ecokiosk.kiosk.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.ecokiosk.model.Language;
import org.ecokiosk.model.LocalizedText;

/**
 * The kiosk's texts (i18n/messages_zh.properties, messages_en.properties) and the current
 * language. Labels bind to {@link #text(String)} so one language switch relabels every screen.
 */
public final class Messages {
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ZH);
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        for (Language l : Language.values()) {
            bundles.put(l, ResourceBundle.getBundle("i18n.messages", l.locale(), ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text of {@code key} in the current language. A missing key shows the key itself, never crashes. */
    public String get(String key, Object... args) {
        return get(language.get(), key, args);
    }

    public String get(Language l, String key, Object... args) {
        try {
            String pattern = bundles.get(l).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, l.locale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    public StringBinding text(LocalizedText text) {
        return Bindings.createStringBinding(() -> text.in(language.get()), language);
    }

    /** A binding over any value that must be re-rendered when the language changes. */
    public StringBinding format(java.util.function.Function<Language, String> render, ObservableValue<?>... more) {
        ObservableValue<?>[] deps = new ObservableValue<?>[more.length + 1];
        deps[0] = language;
        System.arraycopy(more, 0, deps, 1, more.length);
        return Bindings.createStringBinding(() -> render.apply(language.get()), deps);
    }

    /** True when both bundles hold the same keys (checked in tests). */
    public boolean bundlesHaveSameKeys() {
        return bundles.get(Language.ZH).keySet().equals(bundles.get(Language.EN).keySet());
    }
}

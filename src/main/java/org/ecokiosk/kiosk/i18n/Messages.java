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
 * language: the one way the kiosk says anything. UI text comes from the bundles; bilingual data
 * (names, summaries, the standards' words via {@link StandardTexts}) is a {@link LocalizedText}
 * said with {@link LocalizedText#in}; no screen picks a string by comparing languages. What
 * stays on screen across switches (the bar, overlays) binds to {@link #text(String)}; pages
 * are rebuilt in the new language when shown.
 */
public final class Messages {
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ZH);
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Messages() {
        for (Language l : Language.values()) {
            bundles.put(l, bundle(l));
        }
    }

    /** The bundle of {@code l}, without falling back to the JVM's locale. */
    static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle("i18n.messages", l.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches to the next language (the bar's one language button). */
    public void switchLanguage() {
        Language[] all = Language.values();
        language.set(all[(language.get().ordinal() + 1) % all.length]);
    }

    /** The text of {@code key} in every language, for widgets that take a bilingual name. */
    public LocalizedText localized(String key, Object... args) {
        return LocalizedText.of(get(Language.ZH, key, args), get(Language.EN, key, args));
    }

    /** Parts of a list as {@code l} writes them: 氨氮、总磷 / ammonia, total phosphorus. */
    public String list(java.util.List<String> parts, Language l) {
        return String.join(get(l, "format.listSeparator"), parts);
    }

    /** Sentences side by side as {@code l} writes them (no space in Chinese, one in English). */
    public String sentences(java.util.List<String> sentences, Language l) {
        return String.join(get(l, "format.sentenceGap"), sentences);
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

package org.ecokiosk.model;

/** A text in Chinese and English; English falls back to Chinese when staff left it empty. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Language language) {
        if (language == Language.EN && !en.isBlank()) {
            return en;
        }
        return zh.isBlank() ? en : zh;
    }

    public boolean isEmpty() {
        return zh.isBlank() && en.isBlank();
    }
}

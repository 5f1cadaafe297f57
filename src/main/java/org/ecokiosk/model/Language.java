package org.ecokiosk.model;

import java.util.Locale;

/** The two languages every resident-facing text exists in. Chinese is the default. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh"),
    EN(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String code;

    Language(Locale locale, String code) {
        this.locale = locale;
        this.code = code;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language code: " + code);
    }
}

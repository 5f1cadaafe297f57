package org.ecokiosk.kiosk.shell;

import java.util.function.BiConsumer;
import org.ecokiosk.kiosk.i18n.Messages;

/**
 * Tells the fleet's anonymous counter which screen a resident opened and in which language.
 * Home is not counted: the kiosk returns there by itself after every visitor.
 */
public final class ScreenCounting {
    private ScreenCounting() {
    }

    /** {@code counter} gets (screen id, language code) on the FX thread; it must not block. */
    public static void follow(Navigator navigator, Messages messages, BiConsumer<String, String> counter) {
        navigator.currentProperty().addListener((obs, was, now) -> {
            if (now != null && !Navigator.HOME.equals(now.id())) {
                counter.accept(now.id(), messages.language().code());
            }
        });
    }
}

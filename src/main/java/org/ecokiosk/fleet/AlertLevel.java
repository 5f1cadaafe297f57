package org.ecokiosk.fleet;

import java.util.Locale;
import java.util.Optional;

/** The four warning colours of China's early-warning system (蓝色, 黄色, 橙色, 红色预警), mildest first. */
public enum AlertLevel {
    BLUE, YELLOW, ORANGE, RED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertLevel> parse(String code) {
        for (AlertLevel l : values()) {
            if (l.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}

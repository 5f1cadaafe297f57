package org.ecokiosk.plan;

import java.util.List;
import java.util.Optional;

/** Ranks a water class written in a plan cell (II, Ⅲ, 劣V ...): lower rank is cleaner water. */
final class WaterClassOrder {
    private static final List<String> ORDER = List.of("I", "II", "III", "IV", "V", "劣V");

    private WaterClassOrder() {
    }

    static Optional<Integer> rank(String text) {
        String s = text.trim().replace("类", "").replace("Ⅰ", "I").replace("Ⅱ", "II").replace("Ⅲ", "III")
                .replace("Ⅳ", "IV").replace("Ⅴ", "V");
        int i = ORDER.indexOf(s);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }
}

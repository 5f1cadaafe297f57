package org.ecokiosk.evaluation.plan;

import java.util.Optional;
import org.ecokiosk.standards.water.WaterClass;

/** Ranks a water class written in a plan cell (II, Ⅲ, 劣V ...): lower rank is cleaner water. */
final class WaterClassOrder {
    private WaterClassOrder() {
    }

    static Optional<Integer> rank(String text) {
        return WaterClass.parse(text).map(Enum::ordinal);
    }
}

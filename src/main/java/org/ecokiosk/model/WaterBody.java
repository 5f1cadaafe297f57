package org.ecokiosk.model;

/** GB 3838 judges total phosphorus differently in rivers and in lakes/reservoirs. */
public enum WaterBody {
    RIVER("river"), LAKE("lake"), RESERVOIR("reservoir");

    private final String code;

    WaterBody(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isStillWater() {
        return this != RIVER;
    }

    public static WaterBody fromCode(String code) {
        for (WaterBody b : values()) {
            if (b.code.equalsIgnoreCase(code.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("body must be river, lake or reservoir, not '" + code + "'");
    }
}

package org.ecokiosk.model;

/** The three kinds of noise monitoring a district reports. */
public enum NoiseKind {
    REGIONAL("regional"), TRAFFIC("traffic"), ZONE("zone");

    private final String code;

    NoiseKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static NoiseKind fromCode(String code) {
        for (NoiseKind k : values()) {
            if (k.code.equalsIgnoreCase(code.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("noise kind must be regional, traffic or zone, not '" + code + "'");
    }
}

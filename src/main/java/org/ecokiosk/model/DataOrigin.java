package org.ecokiosk.model;

/** Where a figure comes from; residents must always be able to tell sample data apart. */
public enum DataOrigin {
    PLAN("plan"),
    IMPORTED("import"),
    /** A figure the district published (a bulletin, a yearbook), not our own monitoring import. */
    PUBLISHED("published"),
    SAMPLE("sample");

    private final String code;

    DataOrigin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isSample() {
        return this == SAMPLE;
    }

    public static DataOrigin fromCode(String code) {
        for (DataOrigin o : values()) {
            if (o.code.equalsIgnoreCase(code.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("origin must be plan, import, published or sample, not '" + code + "'");
    }
}

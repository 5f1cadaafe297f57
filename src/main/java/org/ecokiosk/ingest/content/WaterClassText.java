package org.ecokiosk.ingest.content;

/** Staff write water classes as Ⅲ, III, 3, Ⅲ类 or 劣Ⅴ类; the snapshot stores I..V and 劣V. */
public final class WaterClassText {
    private WaterClassText() {
    }

    public static String normalise(String raw) {
        String s = raw.trim().replace("类", "").replace("Ⅰ", "I").replace("Ⅱ", "II").replace("Ⅲ", "III")
                .replace("Ⅳ", "IV").replace("Ⅴ", "V").toUpperCase(java.util.Locale.ROOT);
        return switch (s) {
            case "1" -> "I";
            case "2" -> "II";
            case "3" -> "III";
            case "4" -> "IV";
            case "5" -> "V";
            case "劣V", "劣5", ">V" -> "劣V";
            default -> s;
        };
    }
}

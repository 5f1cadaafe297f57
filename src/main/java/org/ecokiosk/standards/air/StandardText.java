package org.ecokiosk.standards.air;

/**
 * A sentence the standards layer hands to screens, reports and JSON in both languages. The
 * standards depend on nothing, so this is their own small pair rather than the model's text type.
 */
public record StandardText(String zh, String en) {

    public StandardText {
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("both languages are required");
        }
    }
}

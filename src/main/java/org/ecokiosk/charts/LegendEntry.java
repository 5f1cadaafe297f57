package org.ecokiosk.charts;

import java.awt.Color;

/** A colour key entry for per-bar colours ("优 / Good" with the category's green). */
public record LegendEntry(String label, Color colour) {
}

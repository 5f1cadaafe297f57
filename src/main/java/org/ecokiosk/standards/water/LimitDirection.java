package org.ecokiosk.standards.water;

/** How a measured value is held against a class limit. */
public enum LimitDirection {
    /** Value must not exceed the limit (most parameters). */
    AT_MOST,
    /** Value must reach at least the limit: dissolved oxygen, where more is better. */
    AT_LEAST,
    /** Value must lie within a range for every class: pH 6–9. */
    WITHIN_RANGE
}

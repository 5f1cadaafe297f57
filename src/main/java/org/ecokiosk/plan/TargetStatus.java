package org.ecokiosk.plan;

/** Where an indicator stands against its 2025 target. */
public enum TargetStatus {
    /** The latest value meets the target. */
    MET,
    /** The latest value does not meet the target yet. */
    NOT_MET,
    /** The plan leaves the figure to the city ("完成市级下达目标", "达到市总量控制要求"). */
    SET_BY_CITY,
    /** No value to judge yet (the plan's "-" or "/"), or the target is not comparable. */
    NO_DATA
}

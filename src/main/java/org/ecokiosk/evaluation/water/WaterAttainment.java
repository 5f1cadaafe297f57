package org.ecokiosk.evaluation.water;

/**
 * How the rivers, lakes and reservoirs (drinking-water sources apart) stand against the classes
 * the plan sets them: "of {@code judged} with a target and a measured class, {@code met} reach
 * it"; {@code withoutTarget} have a measured class but no target in the plan.
 */
public record WaterAttainment(int judged, int met, int withoutTarget) {
    public WaterAttainment {
        if (judged < 0 || met < 0 || met > judged || withoutTarget < 0) {
            throw new IllegalArgumentException("inconsistent attainment: " + met + " of " + judged);
        }
    }

    public int notMet() {
        return judged - met;
    }
}

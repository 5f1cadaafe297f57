package org.ecokiosk.model.disclosure;

/**
 * The numbers of one year's report.
 *
 * @param sample true when any figure is marked sample: the PDF then carries the banner
 */
public record DisclosureFigures(int year, ProactiveTable proactive, ApplicationTable applications,
                                ReviewTable reviews, boolean sample) {
}

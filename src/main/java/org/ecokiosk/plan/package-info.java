/**
 * How far the district is from each plan target: the judgement the kiosk's plan screen and
 * the plan-progress report share. Pure functions over model records (and standards for
 * water classes); no I/O, no UI.
 */
package org.ecokiosk.plan;

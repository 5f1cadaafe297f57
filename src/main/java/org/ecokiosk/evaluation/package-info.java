/**
 * Every judgement made from data, in one place: district and station air figures (one
 * sample-station policy, one district-day rule), the annual evaluation, water classes and noise
 * levels of a year, the yearly series each plan indicator is read from, plan progress, and the
 * precedence of figures (imported monitoring &gt; published figure &gt; the plan's own &gt; sample).
 * Kiosk view models, report chapters and {@code eval} call it and compute nothing of their own.
 * Pure functions over model records (lists the caller read from the snapshot) and the standards;
 * no I/O, no UI, no snapshot.
 */
package org.ecokiosk.evaluation;

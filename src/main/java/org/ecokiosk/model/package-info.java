/**
 * Immutable records of what the kiosk shows and the reports print. No I/O, no dependencies
 * on other project packages; SQL lives in {@code snapshot}, judgements in {@code standards}.
 */
package org.ecokiosk.model;

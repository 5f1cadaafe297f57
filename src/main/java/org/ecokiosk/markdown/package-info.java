/**
 * Markdown's text without its markup: the one rule for how an officer's or a staff member's
 * Markdown reads as plain text (line breaks vanish between hanzi and are spaces between words).
 * Its own package because three layers need the same rule — {@code ingest} (the disclosure
 * report's prose), {@code report} (the bulletin's chapters) and {@code kiosk} (the eco-towns'
 * actions) — and none of them may use another's code; it depends on no other package of ours.
 */
package org.ecokiosk.markdown;

/**
 * Resources of the jar that a library can only use as files — the SQLite driver's native
 * library, the bundled fonts — copied once into a CRC-checked cache folder. Its own package
 * because two layers need the same cache ({@code snapshot} for the driver, {@code kiosk} for
 * the fonts) and it is the concern of neither; it depends on no other package of ours, so
 * either may use it without a cycle.
 */
package org.ecokiosk.resources;

/**
 * The resident's kiosk (JavaFX): shell (bar, navigation, idle loop), screens over view
 * models, widgets, i18n. Reads the snapshot only through {@code session}, off the FX thread.
 */
package org.ecokiosk.kiosk;

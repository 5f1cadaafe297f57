/**
 * Many kiosks: the office signs a manifest (Ed25519, the JDK's own) that names one snapshot by
 * its SHA-256 and may carry an alert; kiosks pull it from any static web server with
 * conditional GETs, download the snapshot resumably, check everything, and only then let the
 * snapshot store swap. Kiosks report their status back by HTTP PUT. No JavaFX, no SQL here.
 */
package org.ecokiosk.fleet;

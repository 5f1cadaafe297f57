/**
 * Who changed what the kiosks show: one JSON line per import, publish and rollback, in a file
 * of its own beside (never inside) the snapshot store, so a rollback never rolls back the log.
 */
package org.ecokiosk.audit;

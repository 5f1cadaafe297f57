/**
 * Who changed what the kiosks show: one JSON line per typed entry (model.audit), in a file of its
 * own beside (never inside) the snapshot store, so a rollback never rolls back the log. Entries
 * are made in one place, operations.AuditTrail; this package only stores and reads them.
 */
package org.ecokiosk.audit;

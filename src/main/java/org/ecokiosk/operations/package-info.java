/**
 * What staff and officers do, without a UI: import, publish, rollback, report requests, PIN
 * tries and settings, admin sessions — each written once here and audited once, through
 * {@link org.ecokiosk.operations.AuditTrail}. The command line and admin mode are thin shells
 * over it; the snapshot store's own publish and rollback stay the atomic steps underneath.
 */
package org.ecokiosk.operations;

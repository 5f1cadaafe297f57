/**
 * Admin mode: what information-disclosure officers and publicity staff do behind the PIN —
 * build the yearly reports, import data into a candidate snapshot, preview it, publish or roll
 * back, and read the audit log. A view over {@link org.ecokiosk.operations.AdminOperations},
 * which does the work without a UI (and audits it); the views only call it off the FX thread and
 * show the results. The composition root (cli.KioskRoot) builds admin mode and hands it in.
 */
package org.ecokiosk.admin;

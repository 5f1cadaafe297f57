/**
 * Admin mode: what information-disclosure officers and publicity staff do behind the PIN —
 * build the yearly reports, import data into a candidate snapshot, preview it, publish or roll
 * back, and read the audit log. {@link org.ecokiosk.admin.AdminActions} does the work without a
 * UI (tested on temp folders); the views only call it off the FX thread and show the results.
 */
package org.ecokiosk.admin;

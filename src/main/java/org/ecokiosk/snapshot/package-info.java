/**
 * The snapshot: one SQLite file holding everything a kiosk shows. The only package that
 * speaks SQL. Writers build new files beside the live one; readers open read-only.
 */
package org.ecokiosk.snapshot;

/**
 * The command line (picocli): the only package that prints to stdout/stderr; everything else logs.
 * Also the composition root ({@link org.ecokiosk.cli.KioskRoot}): kiosk, previews, admin mode and
 * their operations are built here from one KioskConfig and the resolved snapshot.
 */
package org.ecokiosk.cli;

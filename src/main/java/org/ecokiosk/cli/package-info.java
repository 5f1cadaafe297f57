/** The command line (picocli): the only package that prints to stdout/stderr; everything else logs. */
package org.ecokiosk.cli;

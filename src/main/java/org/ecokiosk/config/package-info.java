/**
 * The kiosk's configuration (kiosk-config/kiosk.properties) and the admin PIN hash. The
 * lowest layer with {@code standards} and {@code model}: the kiosk, admin and CLI all read it,
 * and it depends on nothing in the project.
 */
package org.ecokiosk.config;

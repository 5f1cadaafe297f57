package org.ecokiosk.kiosk.shell;

/**
 * How the kiosk hands over to admin mode once the PIN is right. The kiosk may not depend on
 * the admin package (DESIGN.md), so the composition root passes this in.
 */
@FunctionalInterface
public interface AdminEntry {
    void enter();
}

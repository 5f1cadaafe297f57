package org.ecokiosk.cli;

import org.ecokiosk.fleet.SnapshotChecks;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.ingest.imports.PublishChecks;

/** The publish checks of the import code, handed to the fleet (which must not keep its own copy). */
final class FleetSnapshotChecks {
    private FleetSnapshotChecks() {
    }

    static SnapshotChecks publishChecks() {
        return snapshot -> PublishChecks.check(snapshot).stream().map(Problem::describe).toList();
    }
}

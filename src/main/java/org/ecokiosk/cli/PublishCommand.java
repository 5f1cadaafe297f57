package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.operations.SnapshotSwitch;
import org.ecokiosk.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk publish SNAPSHOT: verify it (integrity, schema, content SHA-256, the import
 * checks), copy it into the store and switch the store's current pointer atomically.
 */
@Command(name = "publish", description = "Verify a snapshot and make it the one the kiosks show.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Parameters(paramLabel = "SNAPSHOT")
    Path candidate;
    @Option(names = "--store", description = "snapshot store (default: snapshot.store from kiosk-config)")
    Path store;
    @Option(names = "--keep", description = "published snapshots to keep for rollback (default: snapshot.keep)")
    Integer keep;

    @Override
    public Integer call() throws Exception {
        KioskConfig cfg = staff.kioskConfig();
        SnapshotStore target = new SnapshotStore(store != null ? store : cfg.snapshotStore());
        int kept = keep != null ? keep : cfg.keepSnapshots();
        SnapshotSwitch done = new Publishing(staff.auditTrail()).publish(target, candidate, kept);
        var out = spec.commandLine().getOut();
        out.printf("已发布 / published %s%n", candidate);
        out.printf("  store     %s%n", target.dir());
        out.printf("  current   %s (sha256 %s)%n", done.to().getFileName(), done.hashAfter());
        out.printf("  previous  %s%n", done.from().map(p -> p.getFileName() + " (sha256 " + done.hashBefore() + ")")
                .orElse("(none)"));
        out.printf("  keeping the %d most recent snapshots; running kiosks switch within a few seconds%n", kept);
        out.println("撤回 undo: eco-kiosk rollback" + (store != null ? " --store " + store : ""));
        return ExitCodes.OK;
    }
}

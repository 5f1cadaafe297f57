package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecokiosk.operations.Publishing;
import org.ecokiosk.operations.SnapshotSwitch;
import org.ecokiosk.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk rollback: the kiosks go back to the snapshot published before the current one. */
@Command(name = "rollback", description = "Make the previously published snapshot current again.")
final class RollbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--store", description = "snapshot store (default: snapshot.store from kiosk-config)")
    Path store;

    @Override
    public Integer call() throws Exception {
        SnapshotStore target = new SnapshotStore(store != null ? store : staff.kioskConfig().snapshotStore());
        SnapshotSwitch done = new Publishing(staff.auditTrail()).rollback(target);
        var out = spec.commandLine().getOut();
        out.printf("已撤回 / rolled back in %s%n", target.dir());
        out.printf("  from  %s (sha256 %s)%n", done.from().map(p -> p.getFileName().toString()).orElse("(none)"),
                done.hashBefore());
        out.printf("  to    %s (sha256 %s)%n", done.to().getFileName(), done.hashAfter());
        out.println("  running kiosks switch within a few seconds");
        return ExitCodes.OK;
    }
}

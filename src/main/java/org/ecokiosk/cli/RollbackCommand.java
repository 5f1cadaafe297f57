package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.ingest.imports.Publisher;
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
        Publisher publisher = new Publisher(target);
        Publisher.Switch done;
        try {
            done = publisher.rollback();
        } catch (org.ecokiosk.snapshot.SnapshotException nothingEarlier) {
            String current = publisher.currentHash();
            AuditTrail.record(staff, "rollback", "", List.of(), Map.of(), current, current, "rejected",
                    nothingEarlier.getMessage());
            throw nothingEarlier;
        }
        Optional<Path> from = done.from();
        String before = done.hashBefore();
        Path to = done.to();
        String after = done.hashAfter();
        AuditTrail.record(staff, "rollback", "", List.of(), Map.of(), before, after, "ok",
                "store " + target.dir() + ", current " + to.getFileName());
        var out = spec.commandLine().getOut();
        out.printf("已撤回 / rolled back in %s%n", target.dir());
        out.printf("  from  %s (sha256 %s)%n", from.map(p -> p.getFileName().toString()).orElse("(none)"), before);
        out.printf("  to    %s (sha256 %s)%n", to.getFileName(), after);
        out.println("  running kiosks switch within a few seconds");
        return ExitCodes.OK;
    }
}

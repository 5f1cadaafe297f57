package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecokiosk.ingest.imports.ImportKind;
import org.ecokiosk.operations.ImportResult;
import org.ecokiosk.operations.Imports;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * One {@code eco-kiosk import KIND} command. Subclasses only name their kind, so every kind
 * takes the same options and reports the same way (layouts: docs/IMPORT-LAYOUTS.md).
 */
abstract class ImportKindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();

    @Option(names = "--snapshot", required = true, paramLabel = "S",
            description = "snapshot to add to; replaced only if every file imports (built from content/ if absent)")
    Path snapshot;

    @Option(names = "--content", description = "content folder used when S does not exist yet (default: from kiosk-config)")
    Path content;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "files to import")
    List<Path> files;

    abstract ImportKind kind();

    @Override
    public Integer call() throws Exception {
        Path contentDir = content != null ? content : staff.kioskConfig().contentDir();
        ImportResult done = new Imports(staff.auditTrail()).run(kind(), snapshot, files, contentDir);
        var out = spec.commandLine().getOut();
        out.printf("导入成功 / imported %s: %d file(s), %d row(s) (%d new, %d replaced)%n", kind().command(),
                files.size(), done.rows(), done.added(), done.replaced());
        out.printf("  snapshot  %s%n", snapshot);
        out.printf("  before    %s%n", done.hashBefore().map(h -> "sha256 " + h)
                .orElse("(new snapshot, built from " + contentDir + ")"));
        out.printf("  after     sha256 %s%n", done.hashAfter());
        out.printf("预览 preview: eco-kiosk kiosk --snapshot %s%n发布 publish: eco-kiosk publish %s%n", snapshot, snapshot);
        return ExitCodes.OK;
    }
}

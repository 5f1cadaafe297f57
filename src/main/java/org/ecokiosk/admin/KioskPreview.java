package org.ecokiosk.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecokiosk.kiosk.KioskAssembly;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * 预览 Preview: the kiosk as residents will see it, in a window of its own, on a copy of the
 * candidate. A copy, because a further import replaces the candidate file while the preview
 * may still have it open (Windows refuses to replace an open file). The kiosk itself comes from
 * the composition root ({@link PreviewKiosk}), wired as the real one.
 */
final class KioskPreview {
    private KioskPreview() {
    }

    static void open(Path candidate, PreviewKiosk previews, Window owner, Background work,
                     Consumer<Exception> onFailed) {
        work.run(() -> {
            Path copy = Files.createTempFile(candidate.toAbsolutePath().getParent(), "preview-", ".sqlite");
            Files.copy(candidate, copy, StandardCopyOption.REPLACE_EXISTING);
            return new Opened(copy, SnapshotSession.open(copy));
        }, opened -> show(opened, previews, owner), onFailed);
    }

    private record Opened(Path copy, SnapshotSession session) {
    }

    private static void show(Opened opened, PreviewKiosk previews, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        KioskAssembly kiosk = previews.build(opened.session(), stage::close);
        stage.setScene(kiosk.createScene(1280, 800));
        stage.setTitle("预览 Preview — " + opened.copy().getFileName());
        stage.setOnHidden(e -> {
            kiosk.idle().stop();
            opened.session().close();
            // the session closes its reader on its own thread; the copy goes when the JVM does
            opened.copy().toFile().deleteOnExit();
        });
        stage.show();
    }
}

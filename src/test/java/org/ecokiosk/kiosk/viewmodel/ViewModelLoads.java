package org.ecokiosk.kiosk.viewmodel;

import java.nio.file.Path;
import org.ecokiosk.snapshot.SnapshotReader;

/** Loads a view model from a snapshot exactly as the kiosk does (its own query, then accept), without a UI. */
public final class ViewModelLoads {
    private ViewModelLoads() {
    }

    public static <D, M extends SnapshotViewModel<D>> M loaded(M model, Path snapshot) throws Exception {
        try (SnapshotReader reader = SnapshotReader.open(snapshot)) {
            model.accept(model.query(reader));
        }
        if (model.state() != LoadState.READY) {
            throw new IllegalStateException(model.getClass().getSimpleName() + " did not load: " + model.state());
        }
        return model;
    }
}

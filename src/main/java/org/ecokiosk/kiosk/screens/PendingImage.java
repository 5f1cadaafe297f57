package org.ecokiosk.kiosk.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * An image made on the session's reader thread (decoding a photo, writing a QR code: milliseconds
 * that a tap must not wait for), handed to the FX thread once it is there. Touched only on the
 * FX thread.
 */
final class PendingImage {
    private Optional<Optional<Image>> result = Optional.empty();
    private final List<Consumer<Optional<Image>>> waiting = new ArrayList<>();

    private PendingImage() {
    }

    /** Starts making the image with {@code make} on the reader thread; empty if it fails or is in error. */
    static PendingImage made(SnapshotSession session, Supplier<Image> make) {
        PendingImage pending = new PendingImage();
        session.load(reader -> make.get(),
                image -> pending.arrived(Optional.of(image).filter(i -> !i.isError())),
                failure -> pending.arrived(Optional.empty()));
        return pending;
    }

    /** Runs {@code then} with the image (empty when it cannot be shown): now when made, else on arrival. */
    void whenMade(Consumer<Optional<Image>> then) {
        result.ifPresentOrElse(then, () -> waiting.add(then));
    }

    private void arrived(Optional<Image> image) {
        result = Optional.of(image);
        waiting.forEach(w -> w.accept(image));
        waiting.clear();
    }
}

package org.ecokiosk.kiosk.screens;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.model.ContentImage;

/**
 * The facilities' photos, each decoded once and off the FX thread: a staff photo can be megabytes
 * of JPEG, too much to decode in the tap that opens a facility (or again on every language switch).
 * Decoding starts as soon as the rows arrive (while home idles, {@code ScreenPreparation} loads
 * them), on the session's reader thread like every other read; the page shows the photo when it
 * is there. Touched only on the FX thread.
 */
final class FacilityPhotos {
    /** A photo on its way: the decoded image (empty: it cannot be decoded) once there. */
    static final class Decoding {
        private Optional<Optional<Image>> result = Optional.empty();
        private final List<Consumer<Optional<Image>>> waiting = new ArrayList<>();

        /** Runs {@code then} with the image (empty when it cannot be shown): now when decoded, else on arrival. */
        void whenDecoded(Consumer<Optional<Image>> then) {
            result.ifPresentOrElse(then, () -> waiting.add(then));
        }

        private void arrived(Optional<Image> image) {
            result = Optional.of(image);
            waiting.forEach(w -> w.accept(image));
            waiting.clear();
        }
    }

    private final SnapshotSession session;
    // weak keys: the photos of a snapshot no longer shown go with its rows
    private final Map<ContentImage, Decoding> decodings = new WeakHashMap<>();

    FacilityPhotos(SnapshotSession session) {
        this.session = session;
    }

    /** Starts decoding every row's photo, so that a tap finds it decoded. */
    void prefetch(List<FacilityRow> rows) {
        rows.forEach(row -> row.photo().ifPresent(this::decode));
    }

    /** The photo's decoding, started on first ask. */
    Decoding decode(ContentImage photo) {
        return decodings.computeIfAbsent(photo, p -> {
            Decoding decoding = new Decoding();
            session.load(reader -> new Image(new ByteArrayInputStream(p.bytes())),
                    image -> decoding.arrived(Optional.of(image).filter(i -> !i.isError())),
                    failure -> decoding.arrived(Optional.empty()));
            return decoding;
        });
    }
}

package org.ecokiosk.kiosk.screens;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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
    private final SnapshotSession session;
    // weak keys: the photos of a snapshot no longer shown go with its rows
    private final Map<ContentImage, PendingImage> decodings = new WeakHashMap<>();

    FacilityPhotos(SnapshotSession session) {
        this.session = session;
    }

    /** Starts decoding every row's photo, so that a tap finds it decoded. */
    void prefetch(List<FacilityRow> rows) {
        rows.forEach(row -> row.photo().ifPresent(this::decode));
    }

    /** The photo's decoding, started on first ask. */
    PendingImage decode(ContentImage photo) {
        return decodings.computeIfAbsent(photo,
                p -> PendingImage.made(session, () -> new Image(new ByteArrayInputStream(p.bytes()))));
    }
}

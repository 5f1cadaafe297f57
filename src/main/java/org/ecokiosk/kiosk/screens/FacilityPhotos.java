package org.ecokiosk.kiosk.screens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
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
    /**
     * The largest the photo slot is drawn, in px: its CSS size (screens-community.css,
     * .facility-photo: 20 × 12.5 em) at the largest root font a kiosk uses, 大字 on a 2160-line
     * screen (40 px × 1.5). A staff photo larger than that is decoded down to it (a 6000 × 4000
     * camera photo, which ingest accepts, is 96 MB of pixels in the heap at full size, 3.6 MB here);
     * a smaller one keeps its own size.
     */
    static final double LARGEST_WIDTH = 20 * 60.0;
    static final double LARGEST_HEIGHT = 12.5 * 60.0;

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
                p -> PendingImage.made(session, () -> forDisplay(p.bytes())));
    }

    /** The photo decoded at most at the slot's largest size, keeping its shape; never enlarged. */
    static Image forDisplay(byte[] bytes) {
        boolean fits = size(bytes).map(s -> s[0] <= LARGEST_WIDTH && s[1] <= LARGEST_HEIGHT).orElse(false);
        return fits ? new Image(new ByteArrayInputStream(bytes))
                : new Image(new ByteArrayInputStream(bytes), LARGEST_WIDTH, LARGEST_HEIGHT, true, true);
    }

    /** Width and height from the file's header (nothing decoded); empty when no reader knows it. */
    private static Optional<int[]> size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

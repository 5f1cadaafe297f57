package org.ecokiosk.kiosk.screens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel.FacilityRow;
import org.ecokiosk.kiosk.widgets.QrCode;

/**
 * The QR codes of the facilities' verified links (booking, 云参观), each written once and off the
 * FX thread: as soon as the rows arrive, on the session's reader thread, so that the tap that
 * opens a facility finds its codes made. Only the codes of the rows shown are kept. Touched only
 * on the FX thread.
 */
final class FacilityCodes {
    /** Pixels per QR module: a 33-module code with its quiet zone is about 300 px at 1080p. */
    static final int QR_SCALE = 7;

    private final SnapshotSession session;
    private Map<String, PendingImage> codes = new HashMap<>();

    FacilityCodes(SnapshotSession session) {
        this.session = session;
    }

    /** Starts making the codes of every row's verified links; forgets those of rows gone. */
    void prefetch(List<FacilityRow> rows) {
        Map<String, PendingImage> next = new HashMap<>();
        rows.stream().flatMap(FacilityCodes::scannableLinks)
                .forEach(url -> next.computeIfAbsent(url, u -> codes.containsKey(u) ? codes.get(u) : made(u)));
        codes = next;
    }

    /** The links of {@code row} a resident may scan: none while they are placeholders. */
    static Stream<String> scannableLinks(FacilityRow row) {
        return row.linksVerified() ? Stream.of(row.bookingUrl(), row.virtualTourUrl()).flatMap(Optional::stream) : Stream.empty();
    }

    /** The code of {@code url}, started on first ask. */
    PendingImage code(String url) {
        return codes.computeIfAbsent(url, this::made);
    }

    private PendingImage made(String url) {
        return PendingImage.made(session, () -> QrCode.image(url, QR_SCALE));
    }
}

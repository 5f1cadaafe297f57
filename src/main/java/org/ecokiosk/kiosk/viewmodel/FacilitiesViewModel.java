package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.model.ContentImage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * Environmental facilities open to the public (双月开放): each with its next open day from
 * today (the clock is injected so tests fix "today"), how to book, and a selected facility
 * whose details and QR codes the screen shows.
 */
public final class FacilitiesViewModel extends SnapshotViewModel<FacilitiesViewModel.Data> {
    /** A facility with its next open day (if any is still to come) and whether anything shown is sample. */
    public record FacilityRow(Facility facility, Optional<OpenDay> next, boolean sample, Optional<ContentImage> photo) {
        public FacilityRow(Facility facility, Optional<OpenDay> next, boolean sample) {
            this(facility, next, sample, Optional.empty());
        }

        public String code() {
            return facility.code();
        }

        /** How to get there (bus, metro, on foot); empty where content says nothing. */
        public Optional<org.ecokiosk.model.LocalizedText> transport() {
            return facility.transport().isEmpty() ? Optional.empty()
                    : Optional.of(StaffNotes.withoutStaffNotes(facility.transport()));
        }

        /** What the facility is, in residents' words: notes to the staff who maintain the content left out. */
        public org.ecokiosk.model.LocalizedText publicDescription() {
            return StaffNotes.withoutStaffNotes(facility.description());
        }

        /**
         * False while the links are placeholders (sample rows, or a reserved example host): the screen
         * then says "link to be verified" instead of showing a code a resident would scan in vain.
         */
        public boolean linksVerified() {
            return !sample && java.util.stream.Stream.of(bookingUrl(), virtualTourUrl()).flatMap(Optional::stream)
                    .noneMatch(FacilityRow::isPlaceholderLink);
        }

        static boolean isPlaceholderLink(String url) {
            String host = java.net.URI.create(url.replace(" ", "%20")).getHost();
            String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
            return h.isEmpty() || h.endsWith(".invalid") || h.endsWith(".example") || h.equals("example.com")
                    || h.equals("example.org") || h.equals("example.net") || h.endsWith(".example.com");
        }

        public Optional<String> bookingUrl() {
            return nonBlank(facility.bookingUrl());
        }

        public Optional<String> bookingPhone() {
            return nonBlank(facility.bookingPhone());
        }

        public Optional<String> virtualTourUrl() {
            return nonBlank(facility.virtualTourUrl());
        }

        private static Optional<String> nonBlank(String s) {
            return Optional.ofNullable(s).map(String::strip).filter(v -> !v.isEmpty());
        }
    }

    /** What the screen reads from the snapshot. The programme indicator (open-*) gives the intro's words. */
    public record Data(List<Facility> facilities, List<OpenDay> openDays, List<PlanIndicator> indicators,
                       Map<String, ContentImage> photos) {
        public Data(List<Facility> facilities, List<OpenDay> openDays, List<PlanIndicator> indicators) {
            this(facilities, openDays, indicators, Map.of());
        }
    }

    private final Clock clock;
    private final ObservableList<FacilityRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<FacilityRow>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<PlanIndicator>> programme = new ReadOnlyObjectWrapper<>(Optional.empty());

    public FacilitiesViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<FacilityRow> rows() {
        return rows;
    }

    /** The facility whose details are open; empty on the list. */
    public ReadOnlyObjectProperty<Optional<FacilityRow>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<FacilityRow> selected() {
        return selected.get();
    }

    public ReadOnlyObjectProperty<Optional<PlanIndicator>> programmeProperty() {
        return programme.getReadOnlyProperty();
    }

    @Override
    protected Data query(SnapshotReader reader) throws SnapshotException {
        List<Facility> facilities = reader.facilities();
        // the photos named by the facilities, read here off the FX thread (the screen only decodes them)
        Map<String, ContentImage> photos = new java.util.HashMap<>();
        for (Facility f : facilities) {
            if (!f.photo().isEmpty() && !photos.containsKey(f.photo())) {
                reader.image(f.photo()).ifPresent(image -> photos.put(image.name(), image));
            }
        }
        return new Data(facilities, reader.openDays(), reader.indicators(), Map.copyOf(photos));
    }

    /** Open days move with the date: every show recomputes the next ones from the loaded data. */
    @Override
    protected Reuse reuse() {
        return Reuse.REAPPLY;
    }

    @Override
    protected void forget() {
        closeDetails();
    }

    @Override
    protected boolean apply(Data data) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<String> keep = selected.get().map(FacilityRow::code);
        List<FacilityRow> next = rows(data, now);
        // every show reapplies (open days move with the date); unchanged rows leave the page as it
        // is, so a revisit rebuilds nothing (bench kiosk-nav: ~12 ms of FX thread a visit)
        if (!rows.equals(next)) {
            rows.setAll(next);
        }
        selected.set(keep.flatMap(code -> rows.stream().filter(r -> r.code().equals(code)).findFirst()));
        programme.set(data.indicators().stream().filter(i -> i.code().startsWith("open-")).findFirst());
        return rows.stream().anyMatch(FacilityRow::sample);
    }

    /** Facilities with an open day to come first (soonest first), then the others by code. */
    static List<FacilityRow> rows(Data data, LocalDateTime now) {
        return data.facilities().stream().map(f -> {
            Optional<OpenDay> next = nextOpenDay(f.code(), data.openDays(), now);
            return new FacilityRow(f, next, f.origin().isSample() || next.map(d -> d.origin().isSample()).orElse(false),
                    Optional.ofNullable(data.photos().get(f.photo())));
        }).sorted(Comparator.comparing((FacilityRow r) -> r.next().isEmpty())
                .thenComparing(r -> r.next().map(OpenDay::date).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FacilityRow::code)).toList();
    }

    /** The first open day of {@code facility} that has not ended yet at {@code now}. */
    public static Optional<OpenDay> nextOpenDay(String facility, List<OpenDay> days, LocalDateTime now) {
        return days.stream().filter(d -> d.facility().equals(facility))
                .filter(d -> d.date().atTime(d.end()).isAfter(now))
                .min(Comparator.comparing(OpenDay::date).thenComparing(OpenDay::start));
    }

    public void select(FacilityRow row) {
        selected.set(Optional.of(row));
    }

    public void closeDetails() {
        selected.set(Optional.empty());
    }
}

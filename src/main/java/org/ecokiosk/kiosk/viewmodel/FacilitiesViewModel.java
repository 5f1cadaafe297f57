package org.ecokiosk.kiosk.viewmodel;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.model.Facility;
import org.ecokiosk.model.OpenDay;
import org.ecokiosk.model.PlanIndicator;

/**
 * Environmental facilities open to the public (双月开放): each with its next open day from
 * today (the clock is injected so tests fix "today"), how to book, and a selected facility
 * whose details and QR codes the screen shows.
 */
public final class FacilitiesViewModel implements ScreenModel {
    /** A facility with its next open day (if any is still to come) and whether anything shown is sample. */
    public record FacilityRow(Facility facility, Optional<OpenDay> next, boolean sample) {
        public String code() {
            return facility.code();
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
    public record Data(List<Facility> facilities, List<OpenDay> openDays, List<PlanIndicator> indicators) {
    }

    private final Clock clock;
    private final ObservableList<FacilityRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<FacilityRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<PlanIndicator>> programme = new ReadOnlyObjectWrapper<>(Optional.empty());

    public FacilitiesViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<FacilityRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** The facility whose details are open; null on the list. */
    public ObjectProperty<FacilityRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Optional<PlanIndicator>> programmeProperty() {
        return programme.getReadOnlyProperty();
    }

    public void load(SnapshotSession session) {
        // open days move with the date: recompute from the loaded data on every show
        if (state.get() == LoadState.READY && lastData != null) {
            accept(lastData);
            return;
        }
        if (state.get() == LoadState.LOADING) {
            return;
        }
        state.set(LoadState.LOADING);
        session.load(reader -> new Data(reader.facilities(), reader.openDays(), reader.indicators()), this::accept,
                message -> state.set(LoadState.FAILED));
    }

    private Data lastData;

    public void invalidate() {
        lastData = null;
        selected.set(null);
        state.set(LoadState.IDLE);
    }

    public void accept(Data data) {
        lastData = data;
        LocalDateTime now = LocalDateTime.now(clock);
        String keep = selected.get() == null ? null : selected.get().code();
        rows.setAll(rows(data, now));
        selected.set(keep == null ? null : rows.stream().filter(r -> r.code().equals(keep)).findFirst().orElse(null));
        programme.set(data.indicators().stream().filter(i -> i.code().startsWith("open-")).findFirst());
        sample.set(rows.stream().anyMatch(FacilityRow::sample));
        state.set(LoadState.READY);
    }

    /** Facilities with an open day to come first (soonest first), then the others by code. */
    static List<FacilityRow> rows(Data data, LocalDateTime now) {
        return data.facilities().stream().map(f -> {
            Optional<OpenDay> next = nextOpenDay(f.code(), data.openDays(), now);
            return new FacilityRow(f, next, f.origin().isSample() || next.map(d -> d.origin().isSample()).orElse(false));
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
        selected.set(row);
    }

    public void closeDetails() {
        selected.set(null);
    }
}

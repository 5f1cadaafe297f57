package org.ecokiosk.kiosk.viewmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ecokiosk.fleet.FleetAlert;
import org.ecokiosk.fleet.FleetCondition;

/**
 * What the alert banner shows, without a UI: the office's alert while it is in force (the
 * fleet decides that, {@link FleetAlert#isActiveAt}), and — when the last pull failed — that
 * the kiosk is offline and how long ago it last heard from the office. Call on the FX thread.
 */
public final class FleetNoticeModel {
    private final ReadOnlyObjectWrapper<Optional<FleetAlert>> alert = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<Duration>> sinceUpdate = new ReadOnlyObjectWrapper<>(Optional.empty());
    private FleetCondition condition = FleetCondition.unknown();

    public ReadOnlyObjectProperty<Optional<FleetAlert>> alertProperty() {
        return alert.getReadOnlyProperty();
    }

    /** The last pull failed: the kiosk shows its last good snapshot. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** How long ago the last successful pull was; empty when there never was one. */
    public ReadOnlyObjectProperty<Optional<Duration>> sinceUpdateProperty() {
        return sinceUpdate.getReadOnlyProperty();
    }

    public void apply(FleetCondition next, Instant now) {
        condition = next;
        refresh(now);
    }

    /** Re-evaluates against the clock: an alert disappears the moment it expires, the age moves on. */
    public void refresh(Instant now) {
        alert.set(condition.alert().filter(a -> a.isActiveAt(now)));
        offline.set(condition.failing());
        sinceUpdate.set(condition.lastSuccess().map(t -> t.isAfter(now) ? Duration.ZERO : Duration.between(t, now)));
    }
}

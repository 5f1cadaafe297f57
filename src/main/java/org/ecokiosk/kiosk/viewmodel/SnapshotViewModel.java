package org.ecokiosk.kiosk.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.snapshot.SnapshotException;
import org.ecokiosk.snapshot.SnapshotReader;

/**
 * What the environment screens' view models share: one read of the snapshot off the FX thread
 * ({@link #query}), then a pure {@link #accept} that tests call directly, a load state and the
 * "shows sample data" flag that drives the bar's 示例数据 badge.
 *
 * @param <D> what the screen needs from the snapshot, read in one go
 */
public abstract class SnapshotViewModel<D> implements ScreenModel {
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);

    /** Reads the data; runs on the session's reader thread. */
    protected abstract D query(SnapshotReader reader) throws SnapshotException;

    /** Turns the data into what the screen shows; returns true when any figure shown is sample data. */
    protected abstract boolean apply(D data);

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LoadState state() {
        return state.get();
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Loads once; a later call does nothing until {@link #invalidate()}. */
    public void load(SnapshotSession session) {
        if (state.get() == LoadState.LOADING || state.get() == LoadState.READY) {
            return;
        }
        state.set(LoadState.LOADING);
        session.load(this::query, this::accept, message -> {
            failure.set(message);
            sample.set(false);
            state.set(LoadState.FAILED);
        });
    }

    /** Forget loaded data (the snapshot changed). */
    public void invalidate() {
        state.set(LoadState.IDLE);
    }

    /** The pure part: no snapshot, no threads. */
    public final void accept(D data) {
        sample.set(apply(data));
        state.set(LoadState.READY);
    }
}

package org.ecokiosk.kiosk.viewmodel;

import java.util.Optional;
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
 * What every screen's view model shares: one read of the snapshot off the FX thread
 * ({@link #query}), then a pure {@link #accept} that tests call directly, a load state and the
 * "shows sample data" flag that drives the bar's 示例数据 badge.
 *
 * <p>What a second {@link #load} does is the model's {@link #reuse()}: keep what was loaded
 * (figures of a snapshot do not change), apply it again (open days and publish dates move with
 * the clock), or read afresh (the attract loop follows the published snapshot each time).
 *
 * @param <D> what the screen needs from the snapshot, read in one go
 */
public abstract class SnapshotViewModel<D> implements ScreenModel {
    /** What a load does once data is there. */
    protected enum Reuse {
        /** Nothing until {@link #invalidate()}. */
        KEEP,
        /** {@link #apply} the data read last time again (the date may have moved on since the last visitor). */
        REAPPLY,
        /** Read the snapshot again. */
        REREAD
    }

    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(LoadState.IDLE);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper(false);
    private Optional<D> lastData = Optional.empty();

    /** Reads the data; runs on the session's reader thread. */
    protected abstract D query(SnapshotReader reader) throws SnapshotException;

    /** Turns the data into what the screen shows; returns true when any figure shown is sample data. */
    protected abstract boolean apply(D data);

    /** {@link Reuse#KEEP} unless the model says otherwise. */
    protected Reuse reuse() {
        return Reuse.KEEP;
    }

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

    /** Loads; what a load does once data is there is {@link #reuse()}. A load under way is never doubled. */
    public void load(SnapshotSession session) {
        LoadState now = state.get();
        if (now == LoadState.LOADING) {
            return;
        }
        if (now == LoadState.READY && lastData.isPresent()) {
            switch (reuse()) {
                case KEEP -> {
                    return;
                }
                case REAPPLY -> {
                    accept(lastData.get());
                    return;
                }
                case REREAD -> {
                    // read below
                }
            }
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
        lastData = Optional.empty();
        forget();
        state.set(LoadState.IDLE);
    }

    /** What a model drops besides its data when the snapshot changes (an open item, a selection). */
    protected void forget() {
    }

    /** The pure part: no snapshot, no threads. */
    public final void accept(D data) {
        lastData = Optional.of(data);
        sample.set(apply(data));
        state.set(LoadState.READY);
    }

    /** For models whose sample flag follows what the visitor opens, not only what was loaded. */
    protected final void markSample(boolean shown) {
        sample.set(shown);
    }

    /** For a second read a model makes itself (an opened article) that failed. */
    protected final void fail(String message) {
        failure.set(message);
        state.set(LoadState.FAILED);
    }
}

package org.ecokiosk.kiosk.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.ecokiosk.kiosk.session.SnapshotSession;

/**
 * What every screen's view model offers the screen: a load through the session (off the FX
 * thread), its state, whether the figures are sample data, and a way to forget them when the
 * snapshot changes.
 */
public interface ScreenModel {
    ReadOnlyObjectProperty<LoadState> stateProperty();

    ReadOnlyBooleanProperty sampleProperty();

    void load(SnapshotSession session);

    void invalidate();
}

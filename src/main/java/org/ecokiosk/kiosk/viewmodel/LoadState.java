package org.ecokiosk.kiosk.viewmodel;

/** Where a screen's data is: not asked for, on its way, shown, or failed (with a message). */
public enum LoadState {
    IDLE, LOADING, READY, FAILED;

    /** True once the data is there or the model has said it cannot load it: the screen has its answer. */
    public boolean settled() {
        return this == READY || this == FAILED;
    }
}

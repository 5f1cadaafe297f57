package org.ecokiosk.kiosk.viewmodel;

/** Where a screen's data is: not asked for, on its way, shown, or failed (with a message). */
public enum LoadState {
    IDLE, LOADING, READY, FAILED
}

package org.ecokiosk.kiosk.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadStateTest {
    @Test
    void aScreenHasItsAnswerOnceItsDataIsThereOrHasFailed() {
        Set<LoadState> settled = EnumSet.noneOf(LoadState.class);
        for (LoadState state : LoadState.values()) {
            if (state.settled()) {
                settled.add(state);
            }
        }
        assertEquals(EnumSet.of(LoadState.READY, LoadState.FAILED), settled);
    }
}

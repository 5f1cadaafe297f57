package org.ecokiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Checks admin PINs and slows guessing down: after {@value #TRIES_BEFORE_LOCK} wrong tries in
 * a row the PIN pad is locked for {@link #FIRST_LOCK}, and every further lock doubles (to at
 * most {@link #LONGEST_LOCK}). The counters live in a small file so that switching the kiosk
 * off and on does not give a guesser fresh tries. A right PIN resets everything.
 *
 * <p>Deleting the file must not give fresh tries either. {@code eco-kiosk admin set-pin} writes a
 * fresh counter for the new hash ({@link #startCounting}) and marks the configuration
 * ({@code admin.pin.tries.required=true}, beside the hash, owner-only); from then on a missing
 * counter can only mean a deleted one and is treated like a damaged one: the longest lock. The
 * mark lives where the hash lives, so whoever could remove it could as well set a PIN of their
 * own. A configuration without the mark (a PIN set by an older version) keeps the old reading,
 * "no file yet, no failures", until the PIN is next set.
 */
public final class PinGuard {
    public static final int TRIES_BEFORE_LOCK = 5;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration LONGEST_LOCK = Duration.ofHours(1);

    /** What became of one try. {@code lockedUntil} is set when the pad is (now) locked. */
    public record Outcome(Verdict verdict, int triesLeft, Instant lockedUntil) {
    }

    /** The three possible results of a try. */
    public enum Verdict { ACCEPTED, REJECTED, LOCKED }

    /** Enough earlier locks that the next one is {@link #LONGEST_LOCK}. */
    static final int LOCKS_FOR_LONGEST = 7;

    private final String storedHash;
    private final Path stateFile;
    private final Clock clock;
    private final boolean counterRequired;

    /** A guard for a configuration whose counter was not (yet) marked as required. */
    public PinGuard(String storedHash, Path stateFile, Clock clock) {
        this(storedHash, stateFile, clock, false);
    }

    /** @param counterRequired set-pin wrote the counter: its absence means it was deleted (see the class comment) */
    public PinGuard(String storedHash, Path stateFile, Clock clock, boolean counterRequired) {
        this.storedHash = storedHash;
        this.stateFile = stateFile;
        this.clock = clock;
        this.counterRequired = counterRequired;
    }

    /**
     * A fresh counter (no failures, no locks) for a PIN hash that is being set: written before the
     * configuration is marked as requiring it, so a kiosk never finds the mark without a counter.
     */
    public static void startCounting(String newHash, Path stateFile) {
        new PinGuard(newHash, stateFile, Clock.systemUTC(), true).save(new State(0, 0, Instant.EPOCH));
    }

    /** Checks {@code pin} (slow: PBKDF2; call it off the UI thread). Never checks while locked. */
    public synchronized Outcome attempt(char[] pin) {
        State state = load();
        Instant now = clock.instant();
        if (state.lockedUntil.isAfter(now)) {
            return new Outcome(Verdict.LOCKED, 0, state.lockedUntil);
        }
        if (PinHash.matches(pin, storedHash)) {
            save(new State(0, 0, Instant.EPOCH));
            return new Outcome(Verdict.ACCEPTED, TRIES_BEFORE_LOCK, Instant.EPOCH);
        }
        int failures = state.failures + 1;
        if (failures >= TRIES_BEFORE_LOCK) {
            Duration lock = lockLength(state.locks);
            Instant until = now.plus(lock);
            save(new State(0, state.locks + 1, until));
            return new Outcome(Verdict.LOCKED, 0, until);
        }
        save(new State(failures, state.locks, Instant.EPOCH));
        return new Outcome(Verdict.REJECTED, TRIES_BEFORE_LOCK - failures, Instant.EPOCH);
    }

    /** When the pad is locked, until when. */
    public synchronized Instant lockedUntil() {
        State s = load();
        return s.lockedUntil.isAfter(clock.instant()) ? s.lockedUntil : Instant.EPOCH;
    }

    static Duration lockLength(int earlierLocks) {
        Duration d = FIRST_LOCK;
        for (int i = 0; i < earlierLocks && d.compareTo(LONGEST_LOCK) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : d;
    }

    private record State(int failures, int locks, Instant lockedUntil) {
    }

    /**
     * Fails closed: a counter file that is damaged, holds a negative or absurd value, or whose MAC
     * does not match (edited by hand to get fresh tries) means locked, never "no failures yet".
     * The MAC is keyed by the stored PIN hash, which a guesser at the kiosk does not see.
     */
    private State load() {
        if (!Files.isRegularFile(stateFile)) {
            return counterRequired ? lockedLongest() : new State(0, 0, Instant.EPOCH);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            p.load(r);
            State s = new State(Integer.parseInt(p.getProperty("failures", "")), Integer.parseInt(p.getProperty("locks", "")),
                    Instant.parse(p.getProperty("lockedUntil", "")));
            boolean sane = s.failures >= 0 && s.failures < TRIES_BEFORE_LOCK && s.locks >= 0 && s.locks <= 1_000
                    && !s.lockedUntil.isAfter(clock.instant().plus(LONGEST_LOCK).plusSeconds(60));
            if (!sane || !java.security.MessageDigest.isEqual(mac(s).getBytes(StandardCharsets.US_ASCII),
                    p.getProperty("mac", "").getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("PIN try counter damaged or edited");
            }
            return s;
        } catch (IOException | RuntimeException unreadable) {
            return lockedLongest();
        }
    }

    /**
     * A counter that was damaged, edited or deleted must not open the door, nor be a way to fresh
     * tries: doing it again and again must gain a guesser no more than waiting out the locks would,
     * so it counts as the longest lock (and the next one is as long). Setting the PIN again resets it.
     */
    private State lockedLongest() {
        State locked = new State(0, LOCKS_FOR_LONGEST, clock.instant().plus(LONGEST_LOCK));
        save(locked);
        return locked;
    }

    private String mac(State s) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(("pin-tries|" + storedHash).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] d = mac.doFinal((s.failures + "|" + s.locks + "|" + s.lockedUntil).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
        }
    }

    private void save(State s) {
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(stateFile.toAbsolutePath().getParent(), ".pin", ".tmp");
            Files.writeString(temp, "failures=" + s.failures + "\nlocks=" + s.locks + "\nlockedUntil=" + s.lockedUntil
                    + "\nmac=" + mac(s) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record PIN tries in " + stateFile, e);
        }
    }
}

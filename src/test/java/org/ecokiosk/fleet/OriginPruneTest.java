package org.ecokiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publish prunes the origin: the manifest's snapshot and the N most recently published before it stay. */
class OriginPruneTest {
    @TempDir
    Path dir;
    private Path snapshots;
    private Origin origin;
    private PrivateKey privateKey;
    private PublicKey publicKey;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));

    @BeforeEach
    void setUp() throws Exception {
        Path originDir = dir.resolve("origin");
        snapshots = Files.createDirectories(originDir.resolve("snapshots"));
        FleetKeys.Written keys = FleetKeys.generate(dir.resolve("keys"));
        privateKey = FleetKeys.readPrivate(keys.privateKey());
        publicKey = FleetKeys.readPublic(keys.publicKey());
        origin = new Origin(originDir, clock);
    }

    /** An earlier snapshot file as a previous publish left it, {@code daysAgo} days before the clock. */
    private Path earlier(char digit, int daysAgo) throws Exception {
        Path f = snapshots.resolve(String.valueOf(digit).repeat(64) + ".sqlite");
        Files.writeString(f, "an earlier snapshot");
        Files.setLastModifiedTime(f, FileTime.from(clock.instant().minus(Duration.ofDays(daysAgo))));
        return f;
    }

    private Set<String> left() throws Exception {
        try (Stream<Path> files = Files.list(snapshots)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private Origin.Published publish(Path snapshot, int keep) throws Exception {
        return origin.publish(snapshot, privateKey, Optional.of(publicKey), FleetFixture.noProblems(), keep);
    }

    @Test
    void keepsTheCurrentAndTheMostRecentPreviousOnesAndNothingElseIsTouched() throws Exception {
        Path oldest = earlier('1', 30);
        Path older = earlier('2', 20);
        Path recent = earlier('3', 2);
        Path recentest = earlier('4', 1);
        Files.writeString(snapshots.resolve("README.txt"), "not a snapshot: never pruned");
        Origin.Published done = publish(FleetFixture.first(), 2);
        String named = done.manifest().contentSha256() + ".sqlite";
        assertEquals(Set.of(named, recent.getFileName().toString(), recentest.getFileName().toString(), "README.txt"),
                left());
        assertEquals(Set.of(oldest, older), Set.copyOf(done.removed()));
        assertTrue(origin.current(publicKey).snapshotPath().endsWith(named), "the manifest's snapshot stays");
    }

    @Test
    void keepZeroLeavesOnlyTheManifestsSnapshotAndARepublishedOldOneCountsAsNewest() throws Exception {
        Origin.Published first = publish(FleetFixture.first(), 5);
        clock.advance(Duration.ofHours(1));
        Origin.Published second = publish(FleetFixture.second(), 5);
        assertEquals(2, left().size());
        clock.advance(Duration.ofHours(1));
        // the first snapshot again (a rollback at the office): it is now the newest, the second the previous
        Origin.Published again = publish(FleetFixture.first(), 1);
        assertEquals(List.of(), again.removed());
        assertEquals(Set.of(first.manifest().contentSha256() + ".sqlite", second.manifest().contentSha256() + ".sqlite"),
                left());
        clock.advance(Duration.ofHours(1));
        Origin.Published only = publish(FleetFixture.first(), 0);
        assertEquals(Set.of(first.manifest().contentSha256() + ".sqlite"), left());
        assertEquals(1, only.removed().size());
    }
}

package org.ecokiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.snapshot.TestSnapshots;
import org.ecokiosk.testing.Fixtures;

/** Two different real snapshots of the repository's content/ (built once), and a way to fingerprint a folder. */
final class FleetFixture {
    private static Path dir;
    private static Path first;
    private static Path second;

    private FleetFixture() {
    }

    /** The snapshot of content/ as it is. */
    static synchronized Path first() throws Exception {
        build();
        return first;
    }

    /** The same content with one news item changed: another content SHA-256. */
    static synchronized Path second() throws Exception {
        build();
        return second;
    }

    /** Checks only; the real ones are handed in by the command line (PublishChecks). */
    static SnapshotChecks noProblems() {
        return snapshot -> List.of();
    }

    private static void build() throws Exception {
        if (first != null) {
            return;
        }
        dir = Files.createTempDirectory("fleet-fixture");
        first = dir.resolve("first.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), first, TestSnapshots.BUILT_AT);
        Path content = dir.resolve("content");
        copyTree(Fixtures.content(), content);
        try (Stream<Path> news = Files.list(content.resolve("news"))) {
            Path item = news.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            Files.writeString(item, Files.readString(item, StandardCharsets.UTF_8) + "\n\n更新 / updated.\n",
                    StandardCharsets.UTF_8);
        }
        second = dir.resolve("second.sqlite");
        SnapshotBuilds.fromContent(content, second, TestSnapshots.BUILT_AT.plusSeconds(3600));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every file under {@code folder} with the SHA-256 of its bytes: equal maps mean nothing changed. */
    static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(folder)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}

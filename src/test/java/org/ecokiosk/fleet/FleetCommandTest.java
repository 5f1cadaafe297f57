package org.ecokiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.ecokiosk.cli.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eco-kiosk fleet keygen | publish | alert | pull, end to end over real HTTP on 127.0.0.1. */
class FleetCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private OriginServer server;
    private Path origin;
    private Path keys;
    private Path store;

    @BeforeEach
    void setUp() throws Exception {
        origin = dir.resolve("www");
        Files.createDirectories(origin);
        server = new OriginServer(origin, dir.resolve("status"));
        keys = dir.resolve("keys");
        store = dir.resolve("kiosk").resolve("snapshots");
        CliRunner.Result keygen = CliRunner.run("fleet", "keygen", "--out", keys.toString());
        assertEquals(0, keygen.exitCode(), keygen.err());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRunner.Result publish(Path snapshot) {
        return CliRunner.run("fleet", "publish", snapshot.toString(), "--origin", origin.toString(), "--key",
                keys.resolve("fleet.key").toString(), "--audit-log", dir.resolve("audit.jsonl").toString());
    }

    private CliRunner.Result pull(Path publicKey) {
        return CliRunner.run("fleet", "pull", "--manifest", server.uri("manifest.json").toString(), "--public-key",
                publicKey.toString(), "--store", store.toString());
    }

    private CliRunner.Result alert(String... args) {
        String[] base = {"fleet", "alert", "--origin", origin.toString(), "--key", keys.resolve("fleet.key").toString(),
            "--audit-log", dir.resolve("audit.jsonl").toString()};
        String[] all = new String[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return CliRunner.run(all);
    }

    private static JsonNode line(CliRunner.Result r) throws Exception {
        String out = r.out().strip();
        assertFalse(out.contains("\n"), "one JSON line: " + out);
        return JSON.readTree(out);
    }

    @Test
    void keygenWritesAnOwnerOnlyPrivateKeyAndNeverOverwrites() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("fleet.key"))));
        assertTrue(Files.readString(keys.resolve("fleet.pub")).startsWith("-----BEGIN PUBLIC KEY-----"));
        String before = Files.readString(keys.resolve("fleet.key"));
        CliRunner.Result again = CliRunner.run("fleet", "keygen", "--out", keys.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(before, Files.readString(keys.resolve("fleet.key")));
    }

    @Test
    void publishThenPullPrintsOneJsonLineAndSwaps() throws Exception {
        CliRunner.Result published = publish(FleetFixture.first());
        assertEquals(0, published.exitCode(), published.err());
        assertTrue(Files.isRegularFile(origin.resolve("manifest.json")));

        CliRunner.Result pulled = pull(keys.resolve("fleet.pub"));
        assertEquals(0, pulled.exitCode(), pulled.err());
        JsonNode r = line(pulled);
        assertEquals(64, r.get("snapshot").asText().length());
        assertTrue(r.get("changed").asBoolean());
        assertTrue(r.get("alert").isNull());
        assertTrue(r.get("error").isNull());
        assertTrue(Files.isRegularFile(store.resolve("current")));

        JsonNode again = line(pull(keys.resolve("fleet.pub")));
        assertFalse(again.get("changed").asBoolean());
        assertEquals(r.get("snapshot"), again.get("snapshot"));
    }

    @Test
    void publishPrunesTheOriginToTheKeptSnapshotsAndRefusesANegativeCount() throws Exception {
        assertEquals(0, publish(FleetFixture.first()).exitCode());
        Map<String, String> before = FleetFixture.fingerprint(origin);
        CliRunner.Result negative = CliRunner.run("fleet", "publish", FleetFixture.second().toString(), "--origin",
                origin.toString(), "--key", keys.resolve("fleet.key").toString(), "--keep-previous", "-1");
        assertEquals(1, negative.exitCode(), negative.err());
        assertTrue(negative.err().contains("--keep-previous -1"), negative.err());
        assertEquals(before, FleetFixture.fingerprint(origin), "nothing written");
        CliRunner.Result second = CliRunner.run("fleet", "publish", FleetFixture.second().toString(), "--origin",
                origin.toString(), "--key", keys.resolve("fleet.key").toString(), "--keep-previous", "0",
                "--audit-log", dir.resolve("audit.jsonl").toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("1 old snapshot(s) removed"), second.out());
        try (var files = Files.list(origin.resolve("snapshots"))) {
            assertEquals(1, files.count(), "only the manifest's snapshot is left");
        }
    }

    @Test
    void alertIsSignedIntoTheManifestAndCleared() throws Exception {
        assertEquals(0, publish(FleetFixture.first()).exitCode());
        String until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        CliRunner.Result set = alert("--level", "orange", "--zh", "重污染天气橙色预警，请减少户外活动", "--en",
                "Orange alert: heavy pollution, stay indoors", "--until", until);
        assertEquals(0, set.exitCode(), set.err());
        JsonNode shown = line(pull(keys.resolve("fleet.pub")));
        assertEquals("orange", shown.get("alert").get("level").asText());
        assertEquals("重污染天气橙色预警，请减少户外活动", shown.get("alert").get("zh").asText());
        assertEquals(until, shown.get("alert").get("until").asText());

        assertEquals(0, alert("--clear").exitCode());
        assertTrue(line(pull(keys.resolve("fleet.pub"))).get("alert").isNull());
    }

    @Test
    void alertRefusesBadInputAndChangesNothing() throws Exception {
        assertEquals(0, publish(FleetFixture.first()).exitCode());
        Map<String, String> before = FleetFixture.fingerprint(origin);
        CliRunner.Result level = alert("--level", "purple", "--zh", "预警", "--en", "alert", "--until",
                "2099-01-01T00:00+08:00");
        assertEquals(1, level.exitCode());
        assertTrue(level.err().contains("level 'purple'"), level.err());
        CliRunner.Result past = alert("--level", "red", "--zh", "预警", "--en", "alert", "--until", "2020-01-01T00:00");
        assertEquals(1, past.exitCode());
        assertTrue(past.err().contains("already past"), past.err());
        CliRunner.Result time = alert("--level", "red", "--zh", "预警", "--en", "alert", "--until", "tomorrow");
        assertEquals(1, time.exitCode());
        assertTrue(time.err().contains("not an ISO time"), time.err());
        assertEquals(2, alert("--level", "red").exitCode(), "usage: texts and --until are required");
        assertEquals(before, FleetFixture.fingerprint(origin));
    }

    @Test
    void pullWithTheWrongKeyExitsOneSayingWhyAndLeavesTheStore() throws Exception {
        assertEquals(0, publish(FleetFixture.first()).exitCode());
        assertEquals(0, CliRunner.run("fleet", "keygen", "--out", dir.resolve("other").toString()).exitCode());
        CliRunner.Result r = pull(dir.resolve("other").resolve("fleet.pub"));
        assertEquals(1, r.exitCode());
        assertTrue(line(r).get("error").asText().contains("signature"), r.out());
        assertTrue(r.err().contains("the store was left as it was"), r.err());
        assertFalse(Files.exists(store.resolve("current")));
    }

    @Test
    void publishRefusesAFileThatIsNotASnapshotAndAKeyOthersCanRead() throws Exception {
        Path junk = dir.resolve("junk.sqlite");
        Files.writeString(junk, "not a database");
        CliRunner.Result bad = publish(junk);
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("does not verify"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        Files.setPosixFilePermissions(keys.resolve("fleet.key"), PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result open = publish(FleetFixture.first());
        assertEquals(1, open.exitCode());
        assertTrue(open.err().contains("chmod 600"), open.err());
        assertEquals(Map.of(), FleetFixture.fingerprint(origin));
    }

    @Test
    void pullOfSomethingThatIsNotAUrlIsInvalidInput() {
        CliRunner.Result r = CliRunner.run("fleet", "pull", "--manifest", "var/www/manifest.json", "--public-key",
                keys.resolve("fleet.pub").toString(), "--store", store.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("must be an http:// or https:// URL"), r.err());
    }
}

package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.snapshot.SnapshotStore;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eco-kiosk doctor on a kiosk set up right, and on one with everything a technician gets wrong. */
class DoctorCommandTest {
    @TempDir
    static Path dir;
    private static Path snapshot;
    private static String ownPinHash;
    private static HttpServer origin;

    @BeforeAll
    static void setUp() throws Exception {
        snapshot = TestSnapshots.fromContent(dir);
        Files.writeString(dir.resolve("fleet.pub"), "doctor checks only that the key can be read");
        ownPinHash = PinHash.hash("135792".toCharArray());
        origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/fleet/manifest.json", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        origin.start();
    }

    @AfterAll
    static void stop() {
        origin.stop(0);
    }

    private static Path kiosk(String name, Map<String, String> settings, String permissions, boolean published)
            throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Map<String, String> all = new HashMap<>(Map.of("kiosk.id", name,
                "snapshot.store", home.resolve("snapshots").toString(), "state.dir", home.toString(),
                "content.dir", "content", "admin.pin.hash", ownPinHash));
        all.putAll(settings);
        StringBuilder text = new StringBuilder();
        all.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path config = home.resolve("kiosk.properties");
        Files.writeString(config, text);
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString(permissions));
        if (published) {
            new SnapshotStore(home.resolve("snapshots")).publish(snapshot, 5);
        }
        return config;
    }

    private static JsonNode doctor(Path config) throws Exception {
        CliRun run = CliRun.of("doctor", "--config", config.toString(), "--json");
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertEquals(json.get("ok").asBoolean() ? 0 : 1, run.exit(), run.out() + run.err());
        return json;
    }

    private static JsonNode check(JsonNode report, String name) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + report);
    }

    @Test
    void aKioskSetUpRightHasNothingToFix() throws Exception {
        Path key = dir.resolve("fleet.pub");
        Path config = kiosk("good", Map.of("fleet.manifest.url",
                "http://127.0.0.1:" + origin.getAddress().getPort() + "/fleet/manifest.json",
                "fleet.public.key", key.toString()), "rw-------", true);
        JsonNode report = doctor(config);
        assertTrue(report.get("ok").asBoolean(), report.toPrettyString());
        for (String name : new String[] {"config", "pin", "snapshot", "fonts", "graphics", "disk", "fleet"}) {
            assertEquals("ok", check(report, name).get("status").asText(), name + ": " + check(report, name));
        }
        assertTrue(check(report, "clock").get("detail").asText().contains("Asia/Shanghai"), report.toPrettyString());
    }

    @Test
    void everyMistakeIsNamedWithWhatToDo() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Path config = kiosk("careless", Map.of("admin.pin.hash", PinHash.hash("246810".toCharArray()),
                "fleet.manifest.url", "http://127.0.0.1:" + closedPort + "/manifest.json",
                "fleet.public.key", dir.resolve("fleet.pub").toString()), "rw-r--r--", false);
        JsonNode report = doctor(config);
        assertFalse(report.get("ok").asBoolean());
        assertEquals("fix", check(report, "config").get("status").asText());
        assertTrue(check(report, "config").get("fix").asText().contains("chmod 600"));
        assertEquals("fix", check(report, "pin").get("status").asText());
        assertTrue(check(report, "pin").get("detail").asText().contains("demo PIN"));
        assertTrue(check(report, "pin").get("fix").asText().contains("set-pin"));
        assertEquals("warn", check(report, "snapshot").get("status").asText(), "nothing published yet is not fatal");
        assertEquals("fix", check(report, "fleet").get("status").asText());
        assertEquals(3, report.get("to_fix").asInt(), report.toPrettyString());
    }

    @Test
    void aBrokenSnapshotAndAMissingPinAreToFix() throws Exception {
        Path config = kiosk("broken", Map.of("admin.pin.hash", ""), "rw-------", true);
        Path current = new SnapshotStore(config.getParent().resolve("snapshots")).current().orElseThrow();
        // changed behind the builder's back: the content hash no longer matches
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + current);
                java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE indicator SET target = '35' WHERE code = 'zl2-09'");
        }
        JsonNode report = doctor(config);
        assertEquals("fix", check(report, "snapshot").get("status").asText(), report.toPrettyString());
        assertEquals("fix", check(report, "pin").get("status").asText());
        assertEquals("skip", check(report, "fleet").get("status").asText());
    }

    @Test
    void aMissingConfigurationIsReportedInPlainWords() {
        CliRun run = CliRun.of("doctor", "--config", dir.resolve("nowhere.properties").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("does not exist"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}

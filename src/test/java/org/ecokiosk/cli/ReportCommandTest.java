package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecokiosk.audit.AuditLog;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditOutcome;
import org.ecokiosk.snapshot.TestSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} is read only: it reports on what is published or named, and never publishes anything itself. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private Path config() throws Exception {
        return Files.writeString(dir.resolve("kiosk.properties"), "kiosk.id=office-1\nsnapshot.store="
                + dir.resolve("store").toString().replace('\\', '/') + "\nstate.dir="
                + dir.resolve("var").toString().replace('\\', '/') + "\n");
    }

    private boolean storeIsEmpty() throws Exception {
        Path store = dir.resolve("store");
        if (!Files.exists(store)) {
            return true;
        }
        try (var files = Files.list(store)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".sqlite")
                    || f.getFileName().toString().equals("current"));
        }
    }

    @Test
    void withNothingPublishedItSaysSoAndPublishesNothing() throws Exception {
        CliRunner.Result r = CliRunner.run("report", "--year", "2025", "--kind", "bulletin", "--config",
                config().toString(), "--out", dir.resolve("reports").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("no published snapshot") && r.err().contains("--snapshot"), r.err());
        assertTrue(storeIsEmpty(), "a report must not publish a snapshot");
        assertFalse(Files.exists(dir.resolve("reports").resolve("2025-bulletin.pdf")));
    }

    @Test
    void onANamedSnapshotItReportsAuditsAndLeavesTheStoreAlone() throws Exception {
        Path snapshot = TestSnapshots.fromContent(Files.createDirectories(dir.resolve("built")));
        CliRunner.Result r = CliRunner.run("report", "--year", "2025", "--kind", "plan-progress", "--config",
                config().toString(), "--snapshot", snapshot.toString(), "--out", dir.resolve("reports").toString(),
                "--audit-log", dir.resolve("audit.jsonl").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("reports").resolve("2025-plan-progress.pdf")));
        assertTrue(storeIsEmpty(), "a report must not publish a snapshot");
        var entries = new AuditLog(dir.resolve("audit.jsonl")).last(10);
        assertEquals(List.of(AuditAction.REPORT), entries.stream().map(e -> e.action()).toList());
        assertEquals(AuditOutcome.OK, entries.get(0).outcome());
        assertEquals("office-1", entries.get(0).actor().kioskId());
    }
}

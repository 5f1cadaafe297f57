package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildVerifyInfo() {
        Path out = dir.resolve("s.sqlite");
        CliRunner.Result build = CliRunner.run("snapshot", "build", "--content", Fixtures.content().toString(), "--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains("content sha256"));
        CliRunner.Result verify = CliRunner.run("snapshot", "verify", out.toString());
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith("OK"));
        CliRunner.Result info = CliRunner.run("snapshot", "info", out.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("schema version  " + org.ecokiosk.snapshot.SnapshotSchema.VERSION));
        assertTrue(info.out().contains("indicator"));
    }

    @Test
    void verifyOfACorruptedFileExitsOneWithTheReason() throws Exception {
        Path out = dir.resolve("s.sqlite");
        assertEquals(0, CliRunner.run("snapshot", "build", "--content", Fixtures.content().toString(), "--out", out.toString()).exitCode());
        byte[] bytes = Files.readAllBytes(out);
        for (int i = 0; i < 100; i++) {
            bytes[i] = 0;
        }
        Files.write(out, bytes);
        CliRunner.Result verify = CliRunner.run("snapshot", "verify", out.toString());
        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().startsWith("INVALID"), verify.err());
    }

    @Test
    void verifyOfAWrongSchemaVersionExitsOneSayingSo() throws Exception {
        Path out = dir.resolve("s.sqlite");
        assertEquals(0, CliRunner.run("snapshot", "build", "--content", Fixtures.content().toString(), "--out", out.toString()).exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 7");
        }
        CliRunner.Result verify = CliRunner.run("snapshot", "verify", out.toString());
        assertEquals(1, verify.exitCode());
        assertTrue(verify.err().contains("schema version 7 is not supported"), verify.err());
        CliRunner.Result info = CliRunner.run("snapshot", "info", out.toString());
        assertEquals(1, info.exitCode());
    }

    @Test
    void buildOfBadContentExitsOneNamingFileLineAndFieldAndWritesNothing() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("data/indicators.csv"), String.join(",",
                org.ecokiosk.ingest.content.IndicatorCsv.COLUMNS) + "\n"
                + "x-1,zl2,1,g,g,名称,name,%,binding,>=,false,2020,1,2025,2,,\n"
                + "x-2,zl9,2,g,g,名称,name,%,binding,>=,false,2020,1,2025,2,,\n");
        Path out = dir.resolve("s.sqlite");
        CliRunner.Result build = CliRunner.run("snapshot", "build", "--content", content.toString(), "--out", out.toString());
        assertEquals(1, build.exitCode());
        assertTrue(build.err().contains("indicators.csv:3:2 [source_table]"), build.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aUsageErrorExitsTwo() {
        assertEquals(2, CliRunner.run("snapshot", "build").exitCode());
        assertEquals(2, CliRunner.run("no-such-command").exitCode());
    }
}

package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecokiosk.ingest.SnapshotBuilds;
import org.ecokiosk.ingest.imports.Importer;
import org.ecokiosk.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of src/test/resources/bad-input is a mistake staff really make. Each goes through
 * {@code eco-kiosk import} and must be refused with exit code 1, a problem naming the line
 * (and field) the manifest expects, and the snapshot left byte for byte as it was.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    static final String GENERATED_PREFIX = "GENERATED-";

    @TempDir
    static Path dir;
    static Path snapshot;

    @BeforeAll
    static void buildSnapshot() throws Exception {
        snapshot = dir.resolve("current.sqlite");
        SnapshotBuilds.fromContent(Fixtures.content(), snapshot, Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                cases.add(Arguments.of(r.get("file"), r.get("kind"), Integer.parseInt(r.get("line")), r.get("field"),
                        r.get("what")));
            }
        }
        return cases.stream();
    }

    @Test
    void theCorpusHasAtLeastFortyDifferentMistakesAndEveryFileIsInTheManifest() throws IOException {
        List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
        assertTrue(listed.size() >= 40, "only " + listed.size() + " cases");
        assertEquals(listed.size(), listed.stream().distinct().count(), "a file is listed twice");
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertTrue(name.equals("manifest.csv") || listed.contains(name), name + " is not in the manifest");
            }
        }
    }

    @ParameterizedTest(name = "{0} ({1}): {4}")
    @MethodSource("corpus")
    void isRefusedWithItsLineAndLeavesTheSnapshotAlone(String file, String kind, int line, String field, String what)
            throws IOException {
        Path input = file.startsWith(GENERATED_PREFIX) ? generateJustOverTheLimit(dir.resolve(file)) : CORPUS.resolve(file);
        byte[] before = Files.readAllBytes(snapshot);

        StaffCli.Run run = StaffCli.run("import", kind, "--snapshot", snapshot, "--content", Fixtures.content(),
                "--audit-log", dir.resolve("audit.jsonl"), "--by", "corpus-test", input);

        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.all());
        String where = Pattern.quote(input.toString()) + (line > 0 ? ":" + line + "(:\\d+)?" : "");
        String named = field.isEmpty() ? "( \\[[^]]*])?" : " \\[" + Pattern.quote(field) + "]";
        Pattern expected = Pattern.compile("(?m)^  " + where + named + " — \\S");
        assertTrue(expected.matcher(run.err()).find(), "expected a problem at line " + line + " field '" + field
                + "' for: " + what + "\n" + run.err());
        assertArrayEquals(before, Files.readAllBytes(snapshot), "the snapshot changed");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".current.sqlite")),
                    "a temporary build file was left beside the snapshot");
        }
    }

    /**
     * Valid rows, then a sparse tail to one byte over the staff-file limit: the size alone must
     * be refused, before anything is read (the tail takes no disk and is never read).
     */
    private static Path generateJustOverTheLimit(Path target) throws IOException {
        if (Files.exists(target)) {
            return target;
        }
        Files.writeString(target, "section,date,do,codmn,nh3n,tp,class\nws-jialing,2026-05-10,8.1,2.5,0.3,0.08,II\n");
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
            file.setLength(Importer.MAX_FILE_BYTES + 1);
        }
        return target;
    }
}

package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecokiosk.ingest.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An hourly file just under the 64 MB cap imports in a JVM with 128 MB of heap: the file is
 * decoded, parsed, checked and written as it streams, never held whole. The same import with a
 * damaged byte at the end is refused at its line, also within 128 MB.
 */
class LargeHourlyImportTest {
    @TempDir
    Path dir;

    @Test
    void aFiftyEightMegabyteFileImportsIn128MegabytesOfHeap() throws Exception {
        Path big = dir.resolve("PRSA_big.csv");
        long rows = writePrsa(big, 58L * 1024 * 1024);
        assertTrue(Files.size(big) < CsvTable.MAX_BYTES && Files.size(big) > 57L * 1024 * 1024);
        Path snapshot = dir.resolve("s.sqlite");
        Run run = launch("import", "air-hourly", "--snapshot", snapshot.toString(), "--content", "content",
                big.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(String.format("%,d hours", rows)), run.output());

        // a damaged last line: refused by name and line, not by an OutOfMemoryError
        Files.write(big, new byte[] {'1', ',', (byte) 0xFF, (byte) 0xFE, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(snapshot);
        Run refused = launch("import", "air-hourly", "--snapshot", snapshot.toString(), "--content", "content",
                big.toString());
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains(big + ":" + (rows + 2)), refused.output());
        assertFalse(refused.output().contains("OutOfMemoryError"), refused.output());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(snapshot)), "the snapshot changed");
    }

    /** PRSA rows for as many stations as it takes to reach {@code bytes}; returns the row count. */
    private static long writePrsa(Path file, long bytes) throws Exception {
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\",\"NO2\",\"CO\",\"O3\",\"TEMP\",\"PRES\","
                    + "\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"\n");
            long written = 200;
            for (int station = 0; written < bytes; station++) {
                LocalDateTime t = LocalDateTime.of(2013, 3, 1, 0, 0);
                for (int i = 0; i < 35_064 && written < bytes; i++, t = t.plusHours(1)) {
                    int pm = 10 + (i * 7 + station) % 200;
                    String line = (i + 1) + "," + t.getYear() + "," + t.getMonthValue() + "," + t.getDayOfMonth() + ","
                            + t.getHour() + "," + pm + "," + (pm + 25) + ",6,41,800,55,-0.7,1023,-18.8,0,\"NNW\",4.4,"
                            + "\"Station" + station + "\"\n";
                    w.write(line);
                    written += line.length();
                    rows++;
                }
            }
        }
        return rows;
    }

    private record Run(int exit, String output) {
    }

    private Run launch(String... args) throws Exception {
        Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        Process p = SecondJvm.start(log, List.of("-Xmx128m"), List.of(args));
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}

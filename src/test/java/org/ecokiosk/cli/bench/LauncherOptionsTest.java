package org.ecokiosk.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {
    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC"),
                LauncherOptions.parse("# heading\n\n  -Xmx256m   # sized to need\n-XX:+UseSerialGC\n   # more\n"));
    }

    @Test
    void theBenchmarkReadsTheFileThePackageBuildHandsToJpackage() throws Exception {
        List<String> options = LauncherOptions.read();
        assertTrue(options.contains("-XX:+UseSerialGC"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
        String build = Files.readString(Path.of("src/packaging/build-deb.sh"));
        assertTrue(build.contains("src/main/resources" + LauncherOptions.RESOURCE), "build-deb.sh reads " + LauncherOptions.RESOURCE);
    }
}

package org.ecokiosk.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks start the kiosk as the installed launcher does: the same JVM options (read by
 * the same rule as build-deb.sh, which hands them to jpackage) and the same environment (read as
 * the systemd unit's EnvironmentFile= and /usr/bin/eco-kiosk's sh read it). .ci/run then finds
 * every option in the built launcher's eco-kiosk.cfg and the environment in the package.
 */
class LauncherOptionsTest {
    private static final Path SOURCE = Path.of("src/main/resources/launcher");
    private static final Path PACKAGING = Path.of("src/packaging");

    @TempDir
    Path dir;

    @Test
    void commentsAndBlankLinesAreNotOptions() {
        assertEquals(List.of("-Xmx256m", "-XX:+UseSerialGC"),
                LauncherOptions.parse("# heading\n\n  -Xmx256m   # sized to need\n-XX:+UseSerialGC\n   # more\n"));
    }

    @Test
    void thePackageBuildReadsAnOptionsFileAsTheBenchmarksDo() throws Exception {
        String text = "# heading\n\n  -Xmx96m   # sized to need\n\t-XX:+UseSerialGC\n# -XX:+Off\n-Dprism.maxvram=64m";
        Path file = Files.writeString(dir.resolve("jvm-options"), text);
        assertEquals(LauncherOptions.parse(text), run("bash", PACKAGING.resolve("launcher-options.sh").toString(), file.toString()));
    }

    @Test
    void theLauncherCarriesTheOptionsTheBenchmarksStartTheKioskWith() throws Exception {
        List<String> options = LauncherOptions.read();
        assertTrue(options.contains("-XX:+UseSerialGC"), options.toString());
        assertTrue(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
        assertEquals(LauncherOptions.parse(Files.readString(SOURCE.resolve("jvm-options"))), options,
                "the class path carries src/main/resources" + LauncherOptions.RESOURCE);
        assertEquals(options, run("bash", PACKAGING.resolve("launcher-options.sh").toString(),
                SOURCE.resolve("jvm-options").toString()));
        String build = Files.readString(PACKAGING.resolve("build-deb.sh"));
        assertTrue(build.contains("launcher=\"$basedir/src/main/resources/launcher\""), "build-deb.sh reads src/main/resources/launcher");
        assertTrue(build.contains("jvm_options+=(--java-options \"$option\")"), "each option goes to jpackage");
        assertTrue(build.contains("done < <(bash \"$packaging/launcher-options.sh\" \"$launcher/jvm-options\")"),
                "build-deb.sh reads the options through launcher-options.sh");
        String jpackage = build.substring(build.indexOf("jpackage --type app-image"), build.indexOf("--dest \"$image\""));
        assertTrue(jpackage.contains("\"${jvm_options[@]}\""), "jpackage gets the options");
    }

    @Test
    void theEnvironmentIsWhatShReadsFromTheFileTheUnitAndTheWrapperRead() throws Exception {
        Map<String, String> environment = LauncherOptions.environment();
        assertTrue(environment.containsKey("MALLOC_ARENA_MAX"), environment.toString());
        Path file = SOURCE.resolve("environment");
        List<String> exported = run("env", "-i", "sh", "-c", "set -a; . ./" + file + "; set +a; env");
        Map<String, String> read = new TreeMap<>();
        exported.stream().filter(l -> !l.startsWith("PWD=") && !l.startsWith("SHLVL=") && !l.startsWith("_="))
                .forEach(l -> read.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        assertEquals(new TreeMap<>(environment), read);

        String installed = "/usr/share/eco-kiosk/environment";
        String build = Files.readString(PACKAGING.resolve("build-deb.sh"));
        assertTrue(build.contains("install -m 0644 \"$launcher/environment\" \"$stage" + installed + "\""),
                "build-deb.sh installs the environment as " + installed);
        assertTrue(Files.readAllLines(PACKAGING.resolve("systemd/eco-kiosk.service")).contains("EnvironmentFile=" + installed),
                "the unit reads " + installed);
        String wrapper = Files.readString(PACKAGING.resolve("bin/eco-kiosk"));
        assertTrue(wrapper.contains("set -a\n    . " + installed + "\n    set +a"), "/usr/bin/eco-kiosk exports " + installed);
    }

    @Test
    void anEnvironmentLineShAndSystemdWouldReadDifferentlyIsRefused() {
        assertEquals(Map.of("A", "1", "B_2", "x,y:z"), LauncherOptions.parseEnvironment("# c\n\nA=1\n B_2=x,y:z \n"));
        assertThrows(IllegalStateException.class, () -> LauncherOptions.parseEnvironment("A=\"quoted value\"\n"));
        assertThrows(IllegalStateException.class, () -> LauncherOptions.parseEnvironment("export A=1\n"));
        assertThrows(IllegalStateException.class, () -> LauncherOptions.parseEnvironment("A=1 # trailing\n"));
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}

package org.ecokiosk.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecokiosk.cli.Launcher;

/**
 * A fresh JVM for a benchmark's probe: this JVM's java and class path, the given JVM options and
 * environment (the launcher's, {@link LauncherOptions}, when it measures the kiosk residents run),
 * and the pipeline choices this JVM was given ({@code -Dprism.order=sw} and the like), so a run
 * under Xvfb measures the pipeline asked for.
 */
final class ProbeProcess {
    private static final List<String> FORWARDED = List.of("prism.order", "prism.forceGPU", "glass.platform", "monocle.platform");

    private ProbeProcess() {
    }

    static ProcessBuilder of(List<String> jvmOptions, Map<String, String> environment, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        for (String p : FORWARDED) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(Launcher.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }
}

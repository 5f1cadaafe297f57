package org.ecokiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which JavaFX pipeline the kiosk draws with. JavaFX on Linux tries es2 (OpenGL) first: on a
 * kiosk with a GPU that is right, but on one without (a thin client, a virtual machine, Xvfb) the
 * probe loads Mesa and its LLVM (about 50 MB resident, kept mapped for the life of the process)
 * only to be refused and fall back to the software pipeline. So when the machine has no GPU
 * device the kiosk may open — no DRM render node ({@code /dev/dri/renderD*}) and no NVIDIA
 * device ({@code /dev/nvidia0}…) readable and writable by its account — the launcher asks for
 * the software pipeline directly. An explicit {@code -Dprism.order}, another OS or the headless
 * Monocle platform is left as it is.
 */
final class RenderingPipeline {
    static final String PROPERTY = "prism.order";
    static final String SOFTWARE = "sw";
    private static Choice applied;

    /** What was decided, and why, in one line (doctor shows it). */
    record Choice(Optional<String> order, String reason) {
        boolean setsOrder() {
            return order.isPresent();
        }
    }

    private RenderingPipeline() {
    }

    /**
     * The choice for a machine: {@code explicitOrder} the {@code prism.order} already given,
     * {@code gpuDevices} the GPU device nodes the kiosk's account can open.
     */
    static Choice choose(Optional<String> explicitOrder, String osName, Optional<String> glassPlatform,
                         List<Path> gpuDevices) {
        if (explicitOrder.isPresent()) {
            return new Choice(Optional.empty(), "prism.order=" + explicitOrder.get() + " given explicitly");
        }
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return new Choice(Optional.empty(), "JavaFX's default pipeline order (not Linux)");
        }
        if (glassPlatform.filter("Monocle"::equals).isPresent()) {
            return new Choice(Optional.empty(), "JavaFX's default pipeline order (Monocle)");
        }
        if (gpuDevices.isEmpty()) {
            return new Choice(Optional.of(SOFTWARE),
                    "software pipeline: no GPU device the kiosk can open (/dev/dri/renderD*, /dev/nvidia*)");
        }
        return new Choice(Optional.empty(), "es2 (OpenGL) first: GPU device " + gpuDevices.get(0));
    }

    /** The GPU device nodes under {@code dev} this process can read and write. */
    static List<Path> gpuDevices(Path dev) {
        Stream<Path> render = list(dev.resolve("dri")).filter(p -> p.getFileName().toString().startsWith("renderD"));
        Stream<Path> nvidia = list(dev).filter(p -> p.getFileName().toString().matches("nvidia[0-9]+"));
        return Stream.concat(render, nvidia).filter(p -> Files.isReadable(p) && Files.isWritable(p)).sorted().toList();
    }

    /** The choice for this JVM on this machine. */
    static Choice forThisMachine() {
        return choose(Optional.ofNullable(System.getProperty(PROPERTY)), System.getProperty("os.name", ""),
                Optional.ofNullable(System.getProperty("glass.platform")), gpuDevices(Path.of("/dev")));
    }

    /**
     * Sets {@code prism.order} when the choice asks for it; the launcher calls it before anything
     * can start the JavaFX toolkit. Idempotent: the first choice is kept.
     */
    static synchronized Choice applyToThisJvm() {
        if (applied == null) {
            applied = forThisMachine();
            applied.order().ifPresent(order -> System.setProperty(PROPERTY, order));
        }
        return applied;
    }

    /** The choice this JVM's launcher made (doctor reports it), or what it would make here. */
    static synchronized Choice ofThisJvm() {
        return applied != null ? applied : forThisMachine();
    }

    private static Stream<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList().stream();
        } catch (IOException e) {
            // an unreadable /dev/dri is a device the kiosk cannot open either
            return Stream.empty();
        }
    }
}

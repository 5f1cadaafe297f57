package org.ecokiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher asks for the software pipeline only where es2 could not draw anyway: no GPU device to open. */
class RenderingPipelineTest {
    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutGpuDevicesDrawsInSoftwareWithoutProbingEs2() {
        RenderingPipeline.Choice choice = RenderingPipeline.choose(Optional.empty(), "Linux", Optional.empty(),
                RenderingPipeline.gpuDevices(dev));
        assertEquals(Optional.of("sw"), choice.order());
        assertTrue(choice.reason().contains("no GPU device"), choice.reason());
    }

    @Test
    void aRenderNodeTheKioskCanOpenKeepsEs2First() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Path node = Files.createFile(dev.resolve("dri/renderD128"));
        Files.createFile(dev.resolve("dri/card0"));
        assertEquals(List.of(node), RenderingPipeline.gpuDevices(dev));
        RenderingPipeline.Choice choice = RenderingPipeline.choose(Optional.empty(), "Linux", Optional.empty(),
                List.of(node));
        assertEquals(Optional.empty(), choice.order());
        assertTrue(choice.reason().startsWith("es2"), choice.reason());
    }

    @Test
    void anNvidiaDeviceCountsAsAGpu() throws Exception {
        Path gpu = Files.createFile(dev.resolve("nvidia0"));
        Files.createFile(dev.resolve("nvidiactl"));
        assertEquals(List.of(gpu), RenderingPipeline.gpuDevices(dev));
    }

    @Test
    void aDisplayCardAloneOrARenderNodeTheAccountMayNotOpenIsNoGpu() throws Exception {
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/card0"));
        Path node = Files.createFile(dev.resolve("dri/renderD128"));
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(node)) {
            // root reads whatever the mode says: only the card-alone half can be checked here
            Files.delete(node);
        }
        assertEquals(List.of(), RenderingPipeline.gpuDevices(dev));
    }

    @Test
    void anExplicitOrderAnotherSystemOrMonocleIsLeftAlone() {
        assertEquals(Optional.empty(), RenderingPipeline.choose(Optional.of("es2"), "Linux", Optional.empty(),
                List.of()).order());
        assertEquals(Optional.empty(), RenderingPipeline.choose(Optional.empty(), "Windows 11", Optional.empty(),
                List.of()).order());
        assertEquals(Optional.empty(), RenderingPipeline.choose(Optional.empty(), "Linux", Optional.of("Monocle"),
                List.of()).order());
    }
}

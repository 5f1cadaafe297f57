package org.ecokiosk.resources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedResourcesTest {
    @TempDir
    Path dir;

    private final byte[] content = new byte[300_000];

    private URL jarWithResource() throws Exception {
        new Random(7).nextBytes(content);
        Path jar = dir.resolve("lib.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/Some.ttf"));
            out.write(content);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/fonts/Some.ttf");
    }

    @Test
    void aResourceInAJarIsCopiedOnceAndThenReused() throws Exception {
        URL url = jarWithResource();
        Path cache = dir.resolve("cache");
        Path copy = ExtractedResources.asFile(url, cache).orElseThrow();
        assertTrue(copy.startsWith(cache));
        assertEquals("Some.ttf", copy.getFileName().toString());
        assertArrayEquals(content, Files.readAllBytes(copy));

        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertEquals(Optional.of(copy), ExtractedResources.asFile(url, cache));
        assertEquals(written, Files.getLastModifiedTime(copy), "an intact copy is not written again");
    }

    @Test
    void aDamagedCopyIsReplacedNotUsed() throws Exception {
        URL url = jarWithResource();
        Path cache = dir.resolve("cache");
        Path copy = ExtractedResources.asFile(url, cache).orElseThrow();
        byte[] damaged = content.clone();
        damaged[1234] ^= 0x55; // same size, one byte off
        try (OutputStream out = Files.newOutputStream(copy)) {
            out.write(damaged);
        }
        assertNotEquals(0, java.util.Arrays.compare(damaged, content));
        Path again = ExtractedResources.asFile(url, cache).orElseThrow();
        assertArrayEquals(content, Files.readAllBytes(again));
        try (var left = Files.list(again.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside the copy");
        }
    }

    @Test
    void aResourceOnDiskIsUsedWhereItIs() throws Exception {
        Path file = Files.write(dir.resolve("plain.ttf"), new byte[] {1, 2, 3});
        assertEquals(Optional.of(file), ExtractedResources.asFile(file.toUri().toURL(), dir.resolve("cache")));
        assertTrue(Files.notExists(dir.resolve("cache")));
    }
}

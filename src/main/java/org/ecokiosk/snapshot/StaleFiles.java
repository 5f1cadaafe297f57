package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names of the temporary files this program writes beside a target ({@link AtomicFiles}: a
 * leading dot, then {@code .part}, {@code .tmp}, {@code .building} or {@code .content}). A run
 * killed with -9 leaves them behind; whoever next holds the folder's lock removes them.
 */
public final class StaleFiles {
    private StaleFiles() {
    }

    /**
     * Deletes the temporaries a killed build of {@code target} left beside it. Call it only while
     * holding the target's lock, so no running build's file is taken.
     */
    public static void removeLeftoversOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        String name = target.getFileName().toString();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                String bare = n.replaceFirst("^\\.+", "");
                if (isTemporary(n) && bare.startsWith(name + ".")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && (fileName.endsWith(".part") || fileName.endsWith(".tmp")
                || fileName.endsWith(".building") || fileName.endsWith(".content"));
    }
}

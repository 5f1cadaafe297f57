package org.ecokiosk.snapshot;

/**
 * Names of the temporary files this program writes beside a target ({@link AtomicFiles}: a
 * leading dot, then {@code .part}, {@code .tmp}, {@code .building} or {@code .content}). A run
 * killed with -9 leaves them behind; whoever next holds the folder's lock removes them.
 */
public final class StaleFiles {
    private StaleFiles() {
    }

    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && (fileName.endsWith(".part") || fileName.endsWith(".tmp")
                || fileName.endsWith(".building") || fileName.endsWith(".content"));
    }
}

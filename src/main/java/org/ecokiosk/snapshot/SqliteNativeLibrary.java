package org.ecokiosk.snapshot;

import java.nio.file.Path;
import java.util.Optional;
import org.ecokiosk.resources.ExtractedResources;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Points the SQLite driver at a cached copy of its native library. Left to itself the driver
 * copies the library out of its jar into the temporary folder on every start, compares the copy
 * with the jar byte by byte and lists the whole temporary folder for old copies: about half a
 * second of CPU before the kiosk can check its snapshot. A setting made on the command line
 * ({@code -Dorg.sqlite.lib.path}) is left alone; without a usable copy the driver does as before.
 */
final class SqliteNativeLibrary {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static final String TEMP = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /** Call before the driver loads (it reads these properties once, on the first connection). */
    static synchronized void useCachedCopy() {
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        try {
            String resource = "/" + LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
            Optional<Path> copy = ExtractedResources.asFile(resource.replace("//", "/"));
            if (copy.isPresent() && copy.get().getParent() != null) {
                System.setProperty(PATH, copy.get().getParent().toString());
                System.setProperty(NAME, copy.get().getFileName().toString());
                // the driver still lists its temporary folder for stale copies: a small one, not /tmp
                if (System.getProperty(TEMP) == null) {
                    System.setProperty(TEMP, copy.get().getParent().toString());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // only a speed-up: the driver then extracts its library itself
        }
    }
}

package org.ecokiosk.snapshot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Holds one import target: a lock file in the target's own folder, {@code .import-lock.<name>}, so
 * that two office PCs importing into one candidate on a shared folder exclude each other as far as
 * the file system passes OS locks on (SMB shares do; an NFS mount needs its lock manager, and a
 * mount with locks switched off, e.g. CIFS {@code nobrl}, excludes nothing). A lock in the temporary
 * folder of one machine could not: the other PC never sees it, and the path differs per mount.
 * Like every {@link ExclusiveLock}, the small hidden file stays after the import; deleting it would
 * let two imports lock two different files.
 */
public final class ImportLock {
    private ImportLock() {
    }

    /** The lock file that guards imports into {@code target}. */
    public static Path fileFor(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling(".import-lock." + absolute.getFileName());
    }

    /**
     * Takes the lock at once, then removes what a killed import left beside the target; throws
     * {@link LockBusyException} naming the holder when another import into it is running.
     */
    public static ExclusiveLock acquire(Path target) throws IOException, LockBusyException {
        ExclusiveLock lock = ExclusiveLock.acquire(fileFor(target), "import into " + target.getFileName(),
                "another import into " + target + " is running: nothing was changed; try again when it has finished");
        try {
            StaleFiles.removeLeftoversOf(target);
            CrashTestHook.reached("import-locked");
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }
}

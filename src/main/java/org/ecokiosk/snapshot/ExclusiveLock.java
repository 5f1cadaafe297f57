package org.ecokiosk.snapshot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An operating-system file lock on a lock file: held by one process (and one thread of it) at a
 * time, released by the OS when the holder exits or is killed, so a crashed publish never leaves
 * the store locked. Works across processes on one machine and, as far as the file system passes
 * locks on (SMB does; some NFS set-ups do not), across machines sharing a folder.
 * The lock file itself is never deleted: deleting a lock file lets two holders lock two files.
 * The lock covers one byte far beyond the file's text, so the holder's note at the start stays
 * readable to the process that is turned away (Windows locks are mandatory for the locked range).
 */
public final class ExclusiveLock implements AutoCloseable {
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock at once or throws {@link LockBusyException} whose message is {@code busy}
     * followed by what the holder wrote about itself (process, host, since when, doing what).
     */
    public static ExclusiveLock acquire(Path lockFile, String doing, String busy) throws LockBusyException, IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holderNote(channel);
            channel.close();
            throw new LockBusyException(busy + (holder.isEmpty() ? "" : " (" + holder + ")"));
        }
        ExclusiveLock held = new ExclusiveLock(channel, lock);
        held.writeNote(doing);
        return held;
    }

    private void writeNote(String doing) {
        String note = "pid " + ProcessHandle.current().pid() + " on " + host() + " since " + Instant.now() + ": "
                + doing;
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(note.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException notImportant) {
            // the note only makes the loser's message friendlier; the lock is what protects
        }
    }

    private static String holderNote(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(300);
            int n = channel.read(buf, 0);
            if (n <= 0) {
                return "";
            }
            String text = new String(buf.array(), 0, n, StandardCharsets.UTF_8);
            return text.replaceAll("\\p{Cntrl}", " ").strip();
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static String host() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at >= 0 ? name.substring(at + 1) : "this machine";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

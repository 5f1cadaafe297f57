package org.ecokiosk.snapshot;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The computer, not the input, stopped the work: the disk is full, the folder cannot be written,
 * the program ran out of memory. Said in plain words (the command line gives these their own
 * exit code), found anywhere in a chain of causes, including SQLite's result codes.
 */
public final class StorageTrouble {
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private StorageTrouble() {
    }

    /** A plain bilingual sentence when {@code failure} was caused by the machine, else empty. */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return Optional.of("内存不足，未做任何更改；请关闭其他程序，或把文件按月份/站点拆小后再试 / out of memory, nothing "
                        + "was changed: close other programs, or split the file (by month or station) and try again");
            }
            String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            int sqlite = c instanceof SQLException sql ? sql.getErrorCode() & 0xff : -1;
            if (sqlite == SQLITE_FULL || message.contains("no space left") || message.contains("disk is full")
                    || message.contains("database or disk is full") || message.contains("not enough space")) {
                return Optional.of("磁盘已满，未做任何更改；请腾出空间后再试 / the disk is full, nothing was changed: free some "
                        + "space and try again");
            }
            if (c instanceof AccessDeniedException || c instanceof ReadOnlyFileSystemException
                    || sqlite == SQLITE_READONLY || sqlite == SQLITE_CANTOPEN
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || message.contains("attempt to write a readonly database")) {
                String where = c instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
                return Optional.of("文件夹不能写入（只读或没有权限），未做任何更改" + where + " / the folder cannot be written "
                        + "(read-only, or no permission)" + where + ", nothing was changed");
            }
            if (sqlite == SQLITE_IOERR || message.contains("input/output error")) {
                return Optional.of("读写磁盘出错，未做任何更改；请检查磁盘或网络共享 / a disk read or write failed, nothing was "
                        + "changed: check the disk or the network share");
            }
        }
        return Optional.empty();
    }
}

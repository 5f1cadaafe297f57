package org.ecokiosk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only JSON-lines file. Each entry is written whole under a file lock (two staff
 * PCs may share a network folder) and forced to disk before {@link #append} returns, so an
 * entry that was reported is an entry that survives a power cut. Readers skip a torn last
 * line rather than fail: the log is evidence, and one bad line must not hide the others.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * The log of a snapshot store: beside the store, not in it (the store's files come and go
     * with publish, the log must not). The CLI and admin mode write to the same file.
     */
    public static AuditLog besideStore(Path store) {
        return new AuditLog(store.toAbsolutePath().getParent().resolve("audit").resolve("audit.jsonl"));
    }

    /** This machine's name for the host field; "unknown" when the system cannot say. */
    public static String localHost() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            return "unknown";
        }
    }

    public void append(AuditEntry entry) throws IOException {
        byte[] line = (toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock lock = ch.lock()) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /** The newest {@code n} entries, oldest first. */
    public List<AuditEntry> last(int n) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, AuditEntry.class));
            } catch (JsonProcessingException torn) {
                LOG.warn("audit log {} line {} is not a complete entry; skipped", file, lineNo);
            }
        }
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    private static String toJson(AuditEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("an audit entry is plain strings, lists and numbers", impossible);
        }
    }
}

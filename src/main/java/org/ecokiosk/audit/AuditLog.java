package org.ecokiosk.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecokiosk.model.audit.Actor;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.model.audit.AuditEntry;
import org.ecokiosk.model.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only JSON-lines file. Each entry is written whole under a file lock (two staff
 * PCs may share a network folder) and forced to disk before {@link #append} returns, so an
 * entry that was reported is an entry that survives a power cut. Readers skip a torn or
 * unknown line rather than fail: the log is evidence, and one bad line must not hide the others.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /**
     * Made on the first entry written or read, not with the class: every kiosk start makes an
     * audit trail, few write to it, and building a mapper cold is tens of milliseconds of the
     * kiosk's start-up.
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

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
            Optional<AuditEntry> entry = parse(line);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                LOG.warn("audit log {} line {} is not a complete entry; skipped", file, lineNo);
            }
        }
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /**
     * One line as it is stored. {@code who} is how lines written before entries were typed
     * named the actor (free text); such lines are read with that text as the user.
     */
    private record Line(String time, String user, String kiosk, String host, String by, String who, String action,
                        String outcome, String kind, List<String> files, Map<String, Integer> counts,
                        String hashBefore, String hashAfter, String detail) {
    }

    private static String toJson(AuditEntry e) {
        Actor a = e.actor();
        Line line = new Line(e.time().toString(), a.osUser(), a.kioskId(), a.host(), a.statedName().orElse(null), null,
                e.action().code(), e.outcome().code(), e.kind(), e.files(), e.counts(), e.hashBefore(), e.hashAfter(),
                e.detail());
        try {
            return Mapper.JSON.writeValueAsString(line);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("an audit entry is plain strings, lists and numbers", impossible);
        }
    }

    private static Optional<AuditEntry> parse(String text) {
        try {
            Line l = Mapper.JSON.readValue(text, Line.class);
            Optional<AuditAction> action = AuditAction.fromCode(orEmpty(l.action()));
            Optional<AuditOutcome> outcome = AuditOutcome.fromCode(orEmpty(l.outcome()));
            if (l.time() == null || action.isEmpty() || outcome.isEmpty()) {
                return Optional.empty();
            }
            String user = l.user() != null ? l.user() : orEmpty(l.who());
            Actor actor = new Actor(user, orEmpty(l.kiosk()), orEmpty(l.host()), Optional.ofNullable(l.by()));
            return Optional.of(new AuditEntry(Instant.parse(l.time()), actor, action.get(), outcome.get(),
                    orEmpty(l.kind()), l.files() == null ? List.of() : l.files(),
                    l.counts() == null ? Map.of() : l.counts(), orEmpty(l.hashBefore()), orEmpty(l.hashAfter()),
                    orEmpty(l.detail())));
        } catch (JsonProcessingException | DateTimeParseException | NullPointerException torn) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

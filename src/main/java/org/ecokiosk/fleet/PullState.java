package org.ecokiosk.fleet;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecokiosk.snapshot.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a kiosk remembers between pull cycles, in its own folder beside the snapshot store
 * (never inside it: a failed pull must leave the store exactly as it was). It keeps the last
 * verified manifest itself, so an alert still shows after a restart without network; it is
 * checked against the public key again whenever it is used. Empty strings mean "none".
 */
final class PullState {
    private static final Logger LOG = LoggerFactory.getLogger(PullState.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final String FILE = "pull-state.json";

    String manifestUrl = "";
    String etag = "";
    String lastModified = "";
    /** The last manifest whose signature checked, exactly as it was served. */
    String manifest = "";
    String acceptedSignedAt = "";
    String lastSuccessAt = "";
    String lastAttemptAt = "";
    String lastError = "";
    /** Local clock minus the origin's Date header, in seconds; "" when no server said. */
    String clockSkewSeconds = "";
    /** A snapshot file that arrived intact but was refused: not downloaded again. */
    String refusedFileSha256 = "";
    String refusedReason = "";

    static PullState load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new PullState();
        }
        try {
            return JSON.readValue(file.toFile(), PullState.class);
        } catch (IOException e) {
            // a damaged state costs one full manifest fetch, nothing more
            LOG.warn("ignoring unreadable {}: {}", file, e.getMessage());
            return new PullState();
        }
    }

    void save(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    }
}

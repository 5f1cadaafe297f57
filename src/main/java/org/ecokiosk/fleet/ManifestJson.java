package org.ecokiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The manifest's payload as JSON, and back, with a plain message naming the field that is wrong. */
final class ManifestJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }

    static String write(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", m.format());
        ObjectNode s = root.putObject("snapshot");
        s.put("path", m.snapshotPath());
        s.put("contentSha256", m.contentSha256());
        s.put("fileSha256", m.fileSha256());
        s.put("bytes", m.bytes());
        s.put("schemaVersion", m.schemaVersion());
        s.put("dataAsOf", m.dataAsOf().toString());
        s.put("containsSample", m.containsSample());
        root.put("publishedAt", m.publishedAt().toString());
        root.put("signedAt", m.signedAt().toString());
        if (m.alert().isPresent()) {
            root.set("alert", AlertJson.write(m.alert().get()));
        } else {
            root.putNull("alert");
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    static Manifest read(String json) throws FleetException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FleetException("the signed manifest is not valid JSON");
        }
        int format = integer(root, "format");
        if (format != Manifest.FORMAT) {
            throw new FleetException("manifest format " + format + " is not supported; this program reads format "
                    + Manifest.FORMAT + " (update the kiosk software)");
        }
        JsonNode s = root.path("snapshot");
        try {
            return new Manifest(format, text(s, "snapshot.path"), text(s, "snapshot.contentSha256"),
                    text(s, "snapshot.fileSha256"), number(s, "snapshot.bytes"), integer(s, "snapshot.schemaVersion"),
                    LocalDate.parse(text(s, "snapshot.dataAsOf")), bool(s, "snapshot.containsSample"),
                    Instant.parse(text(root, "publishedAt")), Instant.parse(text(root, "signedAt")),
                    readAlert(root.path("alert")));
        } catch (DateTimeParseException e) {
            throw new FleetException("a date in the manifest is not valid: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw new FleetException("the manifest is not valid: " + e.getMessage());
        }
    }

    private static Optional<FleetAlert> readAlert(JsonNode a) throws FleetException {
        if (a.isMissingNode() || a.isNull()) {
            return Optional.empty();
        }
        String code = text(a, "alert.level");
        AlertLevel level = AlertLevel.parse(code)
                .orElseThrow(() -> new FleetException("alert level '" + code + "' is not blue, yellow, orange or red"));
        return Optional.of(new FleetAlert(level, text(a, "alert.zh"), text(a, "alert.en"),
                Instant.parse(text(a, "alert.issuedAt")), Instant.parse(text(a, "alert.until"))));
    }

    private static JsonNode field(JsonNode node, String dotted) throws FleetException {
        JsonNode v = node.path(dotted.substring(dotted.lastIndexOf('.') + 1));
        if (v.isMissingNode() || v.isNull()) {
            throw new FleetException("the manifest has no field '" + dotted + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String dotted) throws FleetException {
        JsonNode v = field(node, dotted);
        if (!v.isTextual()) {
            throw new FleetException("manifest field '" + dotted + "' must be text");
        }
        return v.asText();
    }

    private static long number(JsonNode node, String dotted) throws FleetException {
        JsonNode v = field(node, dotted);
        if (!v.isIntegralNumber()) {
            throw new FleetException("manifest field '" + dotted + "' must be a whole number");
        }
        return v.asLong();
    }

    private static int integer(JsonNode node, String dotted) throws FleetException {
        long v = number(node, dotted);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new FleetException("manifest field '" + dotted + "' is out of range");
        }
        return (int) v;
    }

    private static boolean bool(JsonNode node, String dotted) throws FleetException {
        JsonNode v = field(node, dotted);
        if (!v.isBoolean()) {
            throw new FleetException("manifest field '" + dotted + "' must be true or false");
        }
        return v.asBoolean();
    }
}

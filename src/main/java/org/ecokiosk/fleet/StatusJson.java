package org.ecokiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecokiosk.model.MonthlyUsage;
import org.ecokiosk.model.UsageCount;

/** The status document as JSON, written by kiosks and read back by {@code fleet status}. */
public final class StatusJson {
    private StatusJson() {
    }

    public static ObjectNode tree(StatusDocument d) {
        ObjectNode root = ManifestJson.MAPPER.createObjectNode();
        root.put("format", StatusDocument.FORMAT);
        root.put("kioskId", d.kioskId());
        root.put("reportedAt", d.reportedAt().toString());
        if (d.snapshot().isPresent()) {
            ObjectNode s = root.putObject("snapshot");
            s.put("contentSha256", d.snapshot().get().contentSha256());
            s.put("dataAsOf", d.snapshot().get().dataAsOf().toString());
            s.put("containsSample", d.snapshot().get().containsSample());
        } else {
            root.putNull("snapshot");
        }
        put(root, "lastPull", d.pulls().lastSuccess().map(Instant::toString));
        put(root, "lastPullAttempt", d.pulls().lastAttempt().map(Instant::toString));
        put(root, "lastError", d.pulls().lastError());
        if (d.pulls().clockSkewSeconds().isPresent()) {
            root.put("clockSkewSeconds", d.pulls().clockSkewSeconds().get());
        } else {
            root.putNull("clockSkewSeconds");
        }
        root.put("freeDiskBytes", d.freeDiskBytes());
        root.put("uptimeSeconds", d.uptimeSeconds());
        if (d.alert().isPresent()) {
            root.set("alert", AlertJson.write(d.alert().get()));
        } else {
            root.putNull("alert");
        }
        ArrayNode usage = root.putArray("usageSinceLastReport");
        for (UsageCount u : d.usageSinceLastReport()) {
            ObjectNode n = usage.addObject();
            n.put("day", u.day().toString());
            n.put("screen", u.screen());
            n.put("language", u.language());
            n.put("count", u.count());
        }
        ArrayNode months = root.putArray("usageByMonth");
        for (MonthlyUsage u : d.usageByMonth()) {
            ObjectNode n = months.addObject();
            n.put("month", u.month().toString());
            n.put("screen", u.screen());
            n.put("language", u.language());
            n.put("count", u.count());
        }
        return root;
    }

    public static String write(StatusDocument d) {
        try {
            return ManifestJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(d)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a status document always serialises", e);
        }
    }

    public static StatusDocument read(String json) throws FleetException {
        JsonNode root;
        try {
            root = ManifestJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FleetException("not valid JSON");
        }
        if (root == null || !root.path("kioskId").isTextual() || !root.path("reportedAt").isTextual()) {
            throw new FleetException("not a kiosk status document (no kioskId or reportedAt)");
        }
        try {
            JsonNode s = root.path("snapshot");
            Optional<StatusDocument.Shown> shown = s.isObject() ? Optional.of(new StatusDocument.Shown(
                    s.path("contentSha256").asText(), LocalDate.parse(s.path("dataAsOf").asText()),
                    s.path("containsSample").asBoolean())) : Optional.empty();
            PullHistory pulls = new PullHistory(instant(root, "lastPull"), instant(root, "lastPullAttempt"),
                    text(root, "lastError"), root.path("clockSkewSeconds").isIntegralNumber()
                    ? Optional.of(root.get("clockSkewSeconds").asLong()) : Optional.empty());
            List<UsageCount> usage = new ArrayList<>();
            for (JsonNode u : root.path("usageSinceLastReport")) {
                usage.add(new UsageCount(LocalDate.parse(u.path("day").asText()), u.path("screen").asText(),
                        u.path("language").asText(), u.path("count").asLong()));
            }
            List<MonthlyUsage> months = new ArrayList<>();
            for (JsonNode u : root.path("usageByMonth")) {
                months.add(new MonthlyUsage(YearMonth.parse(u.path("month").asText()), u.path("screen").asText(),
                        u.path("language").asText(), u.path("count").asLong()));
            }
            JsonNode a = root.path("alert");
            Optional<FleetAlert> alert = a.isObject() ? Optional.of(new FleetAlert(
                    AlertLevel.parse(a.path("level").asText()).orElse(AlertLevel.BLUE), a.path("zh").asText(),
                    a.path("en").asText(), Instant.parse(a.path("issuedAt").asText()),
                    Instant.parse(a.path("until").asText()))) : Optional.empty();
            return new StatusDocument(root.get("kioskId").asText(), Instant.parse(root.get("reportedAt").asText()),
                    shown, pulls, root.path("freeDiskBytes").asLong(), root.path("uptimeSeconds").asLong(), alert,
                    usage, months);
        } catch (DateTimeParseException e) {
            throw new FleetException("a date is not valid: '" + e.getParsedString() + "'");
        } catch (IllegalArgumentException e) {
            throw new FleetException(e.getMessage());
        }
    }

    private static void put(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode v = node.path(key);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode node, String key) {
        return text(node, key).map(Instant::parse);
    }
}

package org.ecokiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The office's view of the fleet: every status document in the folder the kiosks PUT into, with
 * the kiosks not heard from within {@code staleAfter} flagged, and files that are not status
 * documents named rather than skipped silently.
 */
public final class FleetOverview {
    /** Not heard from for this long: stale (a few times the kiosks' default report interval of 15 min). */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(60);

    private FleetOverview() {
    }

    /** One kiosk as the office sees it. */
    public record Kiosk(Path file, StatusDocument status, boolean stale) {
        /** How long since the kiosk's last document, at {@code now}. */
        public Age lastSeen(Instant now) {
            return Age.of(Duration.between(status.reportedAt(), now));
        }
    }

    /** A file in the folder that could not be read as a status document, and why. */
    public record Unreadable(Path file, String problem) {
    }

    public record Fleet(List<Kiosk> kiosks, List<Unreadable> unreadable) {
        public long staleCount() {
            return kiosks.stream().filter(Kiosk::stale).count();
        }

        /** Screens opened in {@code year} on all kiosks, per screen (from their cumulative monthly totals). */
        public java.util.SortedMap<String, Long> openedIn(int year) {
            java.util.SortedMap<String, Long> out = new java.util.TreeMap<>();
            for (Kiosk k : kiosks) {
                k.status().usageByMonth().stream().filter(m -> m.month().getYear() == year)
                        .forEach(m -> out.merge(m.screen(), m.count(), Long::sum));
            }
            return out;
        }

        /** Screens opened in {@code year} on all kiosks, in total: the figure to cite, as of the kiosks' last reports. */
        public long openedTotal(int year) {
            return openedIn(year).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static Fleet read(Path dir, Instant now, Duration staleAfter) throws FleetException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new FleetException("no status folder at " + dir);
        }
        List<Kiosk> kiosks = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            try {
                StatusDocument d = StatusJson.read(Files.readString(f, StandardCharsets.UTF_8));
                kiosks.add(new Kiosk(f, d, d.reportedAt().isBefore(now.minus(staleAfter))));
            } catch (FleetException e) {
                unreadable.add(new Unreadable(f, e.getMessage()));
            } catch (java.nio.charset.MalformedInputException e) {
                unreadable.add(new Unreadable(f, "not UTF-8 text"));
            }
        }
        kiosks.sort(Comparator.comparing((Kiosk k) -> k.status().kioskId()));
        return new Fleet(kiosks, unreadable);
    }
}

package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.ecokiosk.fleet.Age;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetOverview;
import org.ecokiosk.fleet.StatusDocument;
import org.ecokiosk.fleet.StatusJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk fleet status --dir DIR [--json]: which kiosk shows which snapshot, when it was last heard from. */
@Command(name = "status", description = "The fleet from the status documents kiosks PUT into DIR: table, or JSON.")
final class FleetStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the folder the status documents land in")
    Path dir;
    @Option(names = "--json", description = "JSON instead of a table")
    boolean json;
    @Option(names = "--stale-minutes", defaultValue = "60", // FleetOverview.DEFAULT_STALE_AFTER
            description = "flag kiosks not heard from for this long (default: ${DEFAULT-VALUE})")
    long staleMinutes;

    @Option(names = "--year", description = "the year whose screen totals are summed (default: this year)")
    Integer year;

    @Override
    public Integer call() throws Exception {
        if (staleMinutes < 1) {
            spec.commandLine().getErr().println("error: --stale-minutes must be at least 1");
            return ExitCodes.INVALID_INPUT;
        }
        Instant now = Instant.now();
        int totalsYear = year != null ? year : java.time.Year.now().getValue();
        FleetOverview.Fleet fleet;
        try {
            fleet = FleetOverview.read(dir, now, Duration.ofMinutes(staleMinutes));
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(json(fleet, totalsYear)));
        } else {
            table(out, fleet, now, staleMinutes, totalsYear);
        }
        for (FleetOverview.Unreadable u : fleet.unreadable()) {
            spec.commandLine().getErr().println("skipped " + u.file() + ": " + u.problem());
        }
        return ExitCodes.OK;
    }

    private ObjectNode json(FleetOverview.Fleet fleet, int totalsYear) {
        ObjectNode root = Json.object();
        root.put("kiosks", fleet.kiosks().size());
        root.put("stale", fleet.staleCount());
        root.put("staleAfterMinutes", staleMinutes);
        ObjectNode opened = root.putObject("screensOpened");
        opened.put("year", totalsYear);
        java.util.SortedMap<String, Long> byScreen = fleet.openedIn(totalsYear);
        opened.put("total", fleet.openedTotal(totalsYear));
        ObjectNode per = opened.putObject("byScreen");
        byScreen.forEach(per::put);
        ArrayNode list = root.putArray("fleet");
        for (FleetOverview.Kiosk k : fleet.kiosks()) {
            ObjectNode node = StatusJson.tree(k.status());
            node.put("stale", k.stale());
            node.put("screensOpenedSinceLastReport", k.status().screensOpened());
            node.put("file", k.file().getFileName().toString());
            list.add(node);
        }
        ArrayNode bad = root.putArray("unreadable");
        fleet.unreadable().forEach(u -> bad.addObject().put("file", u.file().getFileName().toString())
                .put("problem", u.problem()));
        return root;
    }

    private static void table(PrintWriter out, FleetOverview.Fleet fleet, Instant now, long staleMinutes,
                              int totalsYear) {
        String format = "%-24s %-12s %-10s %-14s %-14s %6s  %s%n";
        out.printf(format, "KIOSK", "SNAPSHOT", "DATA AS OF", "LAST SEEN", "LAST PULL", "OPENED", "STATE");
        for (FleetOverview.Kiosk k : fleet.kiosks()) {
            StatusDocument s = k.status();
            String state = k.stale() ? "STALE — not heard from for " + age(s.reportedAt(), now)
                    : s.pulls().lastError().map(e -> "error: " + e).orElse("ok");
            out.printf(format, s.kioskId(), s.snapshot().map(x -> x.contentSha256().substring(0, 12)).orElse("(none)"),
                    s.snapshot().map(x -> x.dataAsOf().toString()).orElse("—"), age(s.reportedAt(), now) + " ago",
                    s.pulls().lastSuccess().map(t -> age(t, now) + " ago").orElse("never"), s.screensOpened(), state);
        }
        out.printf("%d kiosk(s), %d stale (not heard from for over %d min)%n", fleet.kiosks().size(),
                fleet.staleCount(), staleMinutes);
        java.util.SortedMap<String, Long> byScreen = fleet.openedIn(totalsYear);
        out.printf("screens opened in %d, all kiosks: %d%s%n", totalsYear, fleet.openedTotal(totalsYear),
                byScreen.isEmpty() ? ""
                        : " (" + String.join(", ", byScreen.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .toList()) + ")");
    }

    static String age(Instant then, Instant now) {
        Age age = Age.of(Duration.between(then, now));
        return age.amount() + switch (age.unit()) {
            case MINUTES -> " min";
            case HOURS -> " h";
            case DAYS -> " d";
        };
    }
}

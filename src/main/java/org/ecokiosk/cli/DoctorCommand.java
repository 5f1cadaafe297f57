package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk doctor: is this kiosk installed and set up right, and if not, what to do. */
@Command(name = "doctor", description = "Check this kiosk's installation (config, PIN, snapshot store, fonts, "
        + "disk, clock, fleet origin) and say what to fix. Exit 1 when something needs fixing.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties, "
            + "or the ecokiosk.config system property: /etc/eco-kiosk/kiosk.properties when installed)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Option(names = "--json", description = "print the checks as one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path logDir = Path.of(System.getProperty("ecokiosk.log.dir", "var/log"));
        List<DoctorCheck> checks = new KioskInstallChecks(config, Clock.systemUTC(), logDir).run();
        long toFix = checks.stream().filter(c -> c.status() == DoctorCheck.Status.FIX).count();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(asJson(checks, toFix)));
        } else {
            out.println("eco-kiosk doctor — " + config.toAbsolutePath());
            for (DoctorCheck c : checks) {
                out.printf("  %-4s  %-8s  %s%n", c.status().name().toLowerCase(Locale.ROOT), c.name(), c.detail());
                c.fix().ifPresent(f -> out.printf("                  → %s%n", f));
            }
            out.println(toFix == 0 ? "Nothing to fix." : toFix + (toFix == 1 ? " thing" : " things") + " to fix.");
        }
        return toFix == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private ObjectNode asJson(List<DoctorCheck> checks, long toFix) {
        ObjectNode root = Json.object();
        root.put("config", config.toAbsolutePath().toString());
        root.put("ok", toFix == 0);
        root.put("to_fix", toFix);
        ArrayNode list = root.putArray("checks");
        for (DoctorCheck c : checks) {
            ObjectNode node = list.addObject();
            node.put("name", c.name());
            node.put("status", c.status().name().toLowerCase(Locale.ROOT));
            node.put("detail", c.detail());
            if (c.fix().isPresent()) {
                node.put("fix", c.fix().get());
            } else {
                node.putNull("fix");
            }
        }
        return root;
    }
}

package org.ecokiosk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.fleet.AlertJson;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetHttp;
import org.ecokiosk.fleet.FleetKeys;
import org.ecokiosk.fleet.PullCycle;
import org.ecokiosk.fleet.PullResult;
import org.ecokiosk.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * eco-kiosk fleet pull: one cycle of what a kiosk does on its timer, one JSON line out:
 * {"snapshot": sha, "changed": bool, "alert": {...}|null, "error": null|"why"}. Exit 1 on any failure.
 */
@Command(name = "pull", description = "Fetch the signed manifest and, if it names a new snapshot, download, check and swap it in.")
final class FleetPullCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--manifest", required = true, paramLabel = "URL", description = "http(s) URL of manifest.json")
    String manifest;
    @Option(names = "--public-key", required = true, paramLabel = "FILE", description = "the office's fleet.pub")
    Path publicKey;
    @Option(names = "--store", required = true, paramLabel = "STORE", description = "the kiosk's snapshot store")
    Path store;
    @Option(names = "--keep", description = "snapshots to keep (default: snapshot.keep from kiosk-config)")
    Integer keep;
    @Option(names = "--state", paramLabel = "DIR", description = "pull state folder (default: fleet/ beside the store)")
    Path state;
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;

    @Override
    public Integer call() throws Exception {
        PullResult result;
        try {
            URI url = url(manifest);
            int kept = keep != null ? keep : KioskConfig.loadOrDefaults(config).keepSnapshots();
            result = new PullCycle(new FleetHttp(), url, FleetKeys.readPublic(publicKey), new SnapshotStore(store), kept,
                    state != null ? state : PullCycle.stateDirBeside(store), FleetSnapshotChecks.publishChecks(),
                    Clock.systemUTC()).run();
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(json(result)));
        if (result.error().isPresent()) {
            spec.commandLine().getErr().println("error: " + result.error().get()
                    + " — the store was left as it was");
            return ExitCodes.INVALID_INPUT;
        }
        return ExitCodes.OK;
    }

    static URI url(String text) throws FleetException {
        try {
            URI u = new URI(text.strip());
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new FleetException("--manifest '" + text + "' must be an http:// or https:// URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new FleetException("--manifest '" + text + "' is not a URL: " + e.getReason());
        }
    }

    static ObjectNode json(PullResult r) {
        ObjectNode node = Json.object();
        if (r.snapshot().isPresent()) {
            node.put("snapshot", r.snapshot().get());
        } else {
            node.putNull("snapshot");
        }
        node.put("changed", r.changed());
        if (r.alert().isPresent()) {
            node.set("alert", AlertJson.write(r.alert().get()));
        } else {
            node.putNull("alert");
        }
        if (r.error().isPresent()) {
            node.put("error", r.error().get());
        } else {
            node.putNull("error");
        }
        return node;
    }
}

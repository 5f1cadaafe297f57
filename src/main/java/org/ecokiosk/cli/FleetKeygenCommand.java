package org.ecokiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecokiosk.fleet.FleetException;
import org.ecokiosk.fleet.FleetKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** eco-kiosk fleet keygen --out DIR: the office's Ed25519 key pair (fleet.key owner-only, fleet.pub for kiosks). */
@Command(name = "keygen", description = "Make the office's signing key: DIR/fleet.key (secret) and DIR/fleet.pub.")
final class FleetKeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for fleet.key and fleet.pub")
    Path out;

    @Override
    public Integer call() throws Exception {
        FleetKeys.Written written;
        try {
            written = FleetKeys.generate(out);
        } catch (FleetException e) {
            return FleetFailure.report(spec.commandLine().getErr(), e);
        }
        var o = spec.commandLine().getOut();
        o.printf("private key  %s (owner-only; keep it on the office PC, never on the web server)%n",
                written.privateKey());
        o.printf("public key   %s (copy to every kiosk: fleet.public.key in kiosk.properties)%n", written.publicKey());
        o.printf("fingerprint  %s%n", written.fingerprint());
        return ExitCodes.OK;
    }
}

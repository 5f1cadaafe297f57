package org.ecokiosk.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.model.audit.AuditAction;
import org.ecokiosk.snapshot.AtomicFiles;

/**
 * {@code eco-kiosk admin set-pin}: stores only the new PIN's PBKDF2 hash in kiosk-config,
 * keeping the file's comments and other lines, and audits it (never the PIN or its hash).
 */
public final class PinSetting {
    private final AuditTrail trail;

    public PinSetting(AuditTrail trail) {
        this.trail = trail;
    }

    /** @throws Refused the PIN is not 4 to 12 digits (nothing is written) */
    public void set(Path config, char[] pin) throws Refused, IOException {
        AuditFacts facts = AuditFacts.none().files(List.of(config.toString()));
        try {
            if (!PinHash.isAcceptablePin(pin)) {
                throw new Refused("a PIN must be 4 to 12 digits");
            }
            String hash = PinHash.hash(pin);
            // the fresh counter first: a configuration marked as requiring it never lacks it
            org.ecokiosk.config.PinGuard.startCounting(hash,
                    org.ecokiosk.config.KioskConfig.loadOrDefaults(config).pinTriesFile());
            writeHash(config, hash);
        } catch (Refused | IOException | RuntimeException e) {
            trail.failed(AuditAction.PIN_SET, facts, e);
            throw e;
        }
        trail.ok(AuditAction.PIN_SET, facts.detail("PBKDF2-HMAC-SHA256, " + PinHash.ITERATIONS + " iterations"));
    }

    /** Owner-only, atomic, the demo-PIN note dropped: config's one writer of the hash. */
    static void writeHash(Path config, String hash) throws IOException {
        org.ecokiosk.config.PinHashFile.write(config, hash);
    }
}

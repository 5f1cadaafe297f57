package org.ecokiosk.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The kiosk's fleet settings in kiosk.properties: where the signed manifest is, the office's
 * public key, how often to look, and where to PUT the status document. Pulling is on when the
 * manifest URL and the key are both set; reporting when the status URL is set. {@code office}
 * holds the publishing PC's settings (empty on a kiosk).
 */
public record FleetSettings(Optional<URI> manifestUrl, Optional<Path> publicKey, int pollSeconds,
                            Optional<URI> statusUrl, int statusSeconds, FleetOffice office) {
    public static final int DEFAULT_POLL_SECONDS = 300;
    public static final int DEFAULT_STATUS_SECONDS = 900;

    public static FleetSettings none() {
        return new FleetSettings(Optional.empty(), Optional.empty(), DEFAULT_POLL_SECONDS, Optional.empty(),
                DEFAULT_STATUS_SECONDS, FleetOffice.none());
    }

    public boolean pulls() {
        return manifestUrl.isPresent() && publicKey.isPresent();
    }

    public boolean reports() {
        return statusUrl.isPresent();
    }

    static FleetSettings from(Properties p, List<String> warnings) {
        Optional<URI> manifest = url(p, "fleet.manifest.url", warnings);
        String key = p.getProperty("fleet.public.key", "").trim();
        Optional<Path> publicKey = key.isEmpty() ? Optional.empty() : Optional.of(Path.of(key));
        if (manifest.isPresent() != publicKey.isPresent()) {
            warnings.add("fleet.manifest.url and fleet.public.key must be set together; the kiosk does not pull");
        }
        int poll = KioskConfig.intValue(p, "fleet.poll.seconds", DEFAULT_POLL_SECONDS, 30, 86_400, warnings);
        int status = KioskConfig.intValue(p, "fleet.status.seconds", DEFAULT_STATUS_SECONDS, 60, 86_400, warnings);
        return new FleetSettings(manifest, publicKey, poll, url(p, "fleet.status.url", warnings), status,
                FleetOffice.from(p, warnings));
    }

    private static Optional<URI> url(Properties p, String key, List<String> warnings) {
        String raw = p.getProperty(key, "").trim();
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(raw);
            if (u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return Optional.of(u);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        warnings.add(key + " = '" + raw + "' is not an http:// or https:// URL; it is ignored");
        return Optional.empty();
    }
}

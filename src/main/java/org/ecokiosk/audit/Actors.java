package org.ecokiosk.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Optional;
import org.ecokiosk.model.audit.Actor;

/** The actor of this process: what the operating system says, not what anyone typed. */
public final class Actors {
    private Actors() {
    }

    /** The OS user this program runs as, on kiosk {@code kioskId}; {@code statedName} a name given with --by. */
    public static Actor thisProcess(String kioskId, Optional<String> statedName) {
        return new Actor(System.getProperty("user.name", "unknown"), kioskId, localHost(),
                statedName.map(String::trim).filter(s -> !s.isEmpty()));
    }

    /** This machine's name; "unknown" when the system cannot say. */
    static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            return "unknown";
        }
    }
}

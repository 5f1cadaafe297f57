package org.ecokiosk.model.audit;

import java.util.Optional;

/**
 * Who did it: the operating-system account the program ran under and the kiosk (or office PC)
 * it ran on — facts the program knows, never only what someone typed. {@code statedName} is
 * the name a staff member gave on the command line ({@code --by}), kept beside the facts.
 */
public record Actor(String osUser, String kioskId, String host, Optional<String> statedName) {

    /** "user@kiosk", plus "(for NAME)" when a name was given. */
    public String describe() {
        return osUser + "@" + kioskId + statedName.map(n -> " (for " + n + ")").orElse("");
    }
}

package org.ecokiosk.fleet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An alert's JSON form, one for the signed manifest, the kiosk's status and {@code fleet pull}'s output. */
public final class AlertJson {
    private AlertJson() {
    }

    public static ObjectNode write(FleetAlert a) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("level", a.level().code());
        node.put("zh", a.zh());
        node.put("en", a.en());
        node.put("issuedAt", a.issuedAt().toString());
        node.put("until", a.until().toString());
        return node;
    }
}

package org.ecokiosk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** The JSON the eval and bench commands print: pretty, with figures rounded half-up to what is meaningful. */
final class Json {
    // plain numbers everywhere, whatever the scale of a BigDecimal reaching the mapper (10, never 1E+1)
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String pretty(Object node) throws JsonProcessingException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** Rounded half-up and without trailing zeros, but never in exponent form (10, not 1E+1). */
    static BigDecimal round(double value, int digits) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Puts the rounded value, or JSON null when there is none. */
    static void put(ObjectNode node, String key, OptionalDouble value, int digits) {
        if (value.isPresent()) {
            node.put(key, round(value.getAsDouble(), digits));
        } else {
            node.putNull(key);
        }
    }
}

package org.ecokiosk.testing;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * While a test class runs, the machine's own zone (the JVM's default) is UTC; the zone it had is
 * restored after. For the tests that the kiosk tells time in {@code kiosk.zone}, never the machine's.
 */
public final class UtcMachine implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(UtcMachine.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("machine-zone", TimeZone.getDefault());
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TimeZone.setDefault(context.getStore(HERE).get("machine-zone", TimeZone.class));
    }
}

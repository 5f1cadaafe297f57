package org.ecokiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.operations.PinSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * eco-kiosk admin set-pin: asks for a new PIN twice (or reads it from stdin for scripts) and
 * stores only its PBKDF2 hash in kiosk-config (operations.PinSetting, audited).
 */
@Command(name = "set-pin", description = "Set the admin PIN (4–12 digits); only its hash is stored.")
final class SetPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StaffOptions staff = new StaffOptions();
    @Option(names = "--pin-stdin", description = "read the PIN from standard input (one line) instead of asking")
    boolean fromStdin;

    @Override
    public Integer call() throws Exception {
        char[] pin = fromStdin ? readLine() : askTwice();
        try {
            new PinSetting(staff.auditTrail()).set(staff.config, pin);
            spec.commandLine().getOut().println("admin PIN set in " + staff.config + " (PBKDF2-HMAC-SHA256, "
                    + PinHash.ITERATIONS + " iterations)");
            return ExitCodes.OK;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private char[] askTwice() throws InvalidInputException {
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("no terminal to ask for the PIN; use --pin-stdin");
        }
        char[] first = console.readPassword("New admin PIN (4–12 digits): ");
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new InvalidInputException("the two PINs differ; nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private static char[] readLine() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new char[0] : line.trim().toCharArray();
    }
}

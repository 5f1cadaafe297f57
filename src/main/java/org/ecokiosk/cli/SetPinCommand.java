package org.ecokiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinHash;
import org.ecokiosk.snapshot.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * eco-kiosk admin set-pin: asks for a new PIN twice (or reads it from stdin for scripts) and
 * stores only its PBKDF2 hash in kiosk-config, keeping the file's comments and other lines.
 */
@Command(name = "set-pin", description = "Set the admin PIN (4–12 digits); only its hash is stored.")
final class SetPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--config", description = "kiosk configuration (default: kiosk-config/kiosk.properties)")
    Path config = KioskConfig.DEFAULT_FILE;
    @Option(names = "--pin-stdin", description = "read the PIN from standard input (one line) instead of asking")
    boolean fromStdin;

    @Override
    public Integer call() throws Exception {
        char[] pin = fromStdin ? readLine() : askTwice();
        try {
            if (!PinHash.isAcceptablePin(pin)) {
                throw new InvalidInputException("a PIN must be 4 to 12 digits");
            }
            String hash = PinHash.hash(pin);
            writeHash(config, hash);
            spec.commandLine().getOut().println("admin PIN set in " + config + " (PBKDF2-HMAC-SHA256, "
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

    static void writeHash(Path config, String hash) throws IOException {
        List<String> lines = Files.exists(config) ? Files.readAllLines(config, StandardCharsets.UTF_8) : List.of();
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String line : lines) {
            if (line.trim().startsWith("admin.pin.hash")) {
                if (!replaced) {
                    out.add("admin.pin.hash=" + hash);
                    replaced = true;
                }
            } else {
                out.add(line);
            }
        }
        if (!replaced) {
            out.add("admin.pin.hash=" + hash);
        }
        AtomicFiles.writeString(config, String.join("\n", out) + "\n");
    }
}

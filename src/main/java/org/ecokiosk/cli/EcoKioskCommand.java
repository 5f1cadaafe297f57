package org.ecokiosk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.ecokiosk.cli.bench.BenchCommand;
import org.ecokiosk.ingest.ImportFailedException;
import org.ecokiosk.ingest.Problem;
import org.ecokiosk.operations.Refused;
import org.ecokiosk.snapshot.SnapshotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** eco-kiosk: with no command it starts the kiosk, as an unattended machine's autostart expects. */
@Command(name = "eco-kiosk", mixinStandardHelpOptions = true, version = "eco-kiosk 0.1",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Shapingba environmental information kiosk and disclosure reports.",
        subcommands = {KioskCommand.class, AdminCommand.class, SnapshotCommand.class, ImportCommand.class,
                PublishCommand.class, RollbackCommand.class, AuditCommand.class, ReportCommand.class,
                EvalCommand.class, BenchCommand.class,
                FleetCommand.class, DoctorCommand.class})
public final class EcoKioskCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(EcoKioskCommand.class);

    @Override
    public Integer call() throws Exception {
        return new KioskCommand().call();
    }

    static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EcoKioskCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(ex -> ExitCodes.INTERNAL);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            err.println("Try: eco-kiosk " + String.join(" ", ex.getCommandLine().getCommandSpec().qualifiedName()
                    .replaceFirst("^eco-kiosk ?", "")) + " --help");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, err));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            // picocli lets errors through; the big structures are gone by now, so a message still fits
            return report(new IllegalStateException("resources exhausted", exhausted), err);
        }
    }

    private static int report(Exception ex, PrintWriter err) {
        java.util.Optional<String> machine = org.ecokiosk.snapshot.StorageTrouble.describe(ex);
        if (machine.isPresent()) {
            LOG.error("stopped by the machine", ex);
            err.println("error: " + machine.get());
            return ExitCodes.ENVIRONMENT;
        }
        if (ex instanceof ImportFailedException failed) {
            err.println("输入有误，未做任何更改 / Input rejected, nothing was changed: " + failed.problems().size()
                    + " problem(s)");
            for (Problem p : failed.problems()) {
                err.println("  " + p.describe());
            }
            return ExitCodes.INVALID_INPUT;
        }
        if (ex instanceof SnapshotException || ex instanceof InvalidInputException || ex instanceof Refused) {
            String message = ex.getMessage() == null ? "" : ex.getMessage();
            if (message.contains("SQLITE_") || message.contains("java.") || message.contains("Exception")) {
                // a driver's words are for the log, not for staff
                LOG.error("refused", ex);
                message = message.replaceAll("\\s*[\\[(]?(SQLITE_|java\\.|org\\.sqlite).*", "") + " (details in the log)";
            }
            err.println("error: " + org.ecokiosk.ingest.Excerpt.of(message, 600));
            return ExitCodes.INVALID_INPUT;
        }
        LOG.error("internal error", ex);
        err.println("internal error: " + ex + " (details in the log)");
        return ExitCodes.INTERNAL;
    }
}

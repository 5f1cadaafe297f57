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
        return cli.execute(args);
    }

    private static int report(Exception ex, PrintWriter err) {
        if (ex instanceof ImportFailedException failed) {
            err.println("输入有误，未做任何更改 / Input rejected, nothing was changed: " + failed.problems().size()
                    + " problem(s)");
            for (Problem p : failed.problems()) {
                err.println("  " + p.describe());
            }
            return ExitCodes.INVALID_INPUT;
        }
        if (ex instanceof SnapshotException || ex instanceof InvalidInputException || ex instanceof Refused) {
            err.println("error: " + ex.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        LOG.error("internal error", ex);
        err.println("internal error: " + ex + " (details in the log)");
        return ExitCodes.INTERNAL;
    }
}

package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.InstalledPackChangedException;
import org.exposurecheck.token.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line (DESIGN §4). Every failure a person can cause ends as one sentence on stderr. */
@Command(name = "exposure-check", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Check whether your own details appear in leak datasets, offline, without sending or storing them.",
        subcommands = {KeygenCommand.class, PackCommand.class, CheckCommand.class, DemoCommand.class, BenchCommand.class,
                PublishCommand.class, UpdateCommand.class, VaultCommand.class, KeyedCommand.class, CommandLine.HelpCommand.class})
public final class ExposureCheckCli implements Runnable {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line on stdout/stderr (UTF-8) and returns its exit code. */
    public static int runOnConsole(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return execute(args, out, err, Clock.systemDefaultZone());
    }

    /** Prints one sentence (UTF-8) to stderr and returns the failure exit code: for the desktop app when it cannot open. */
    public static int failOnConsole(String sentence) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        err.println(sentence);
        return EXIT_FAILURE;
    }

    /** Runs one command line with the given streams and clock; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine commandLine = new CommandLine(new ExposureCheckCli(), new CommandFactory(clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            err.println(problem.getMessage() + ". Run '" + problem.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            err.println(sentence(failure));
            return EXIT_FAILURE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String sentence(Exception failure) {
        if (failure instanceof UserError || failure instanceof ExplainedException || failure instanceof CancelledException
                || failure instanceof InstalledPackChangedException) {
            return failure.getMessage();
        }
        return "Unexpected error (" + failure.getClass().getSimpleName() + "); this is a bug in Exposure Check, please report it.";
    }
}

package no.praksis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import no.praksis.validator.Versions;

/** The {@code praksis} command line: a thin face over the validator library. */
@Command(name = "praksis", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Praksisavtaler som kode: kontrollerer avtaler mot forskrift og anbefalinger.",
        subcommands = {ValidateCommand.class, RenderCommand.class, ExtractCommand.class, VerifyCommand.class, RulesCommand.class,
            ExplainCommand.class, InitCommand.class})
public final class Main implements Runnable {

    /** Standard input, replaceable in tests. */
    static InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Said when the memory or the stack ran out. Made before it is needed: there may be no memory
     * left to make it then.
     */
    private static final String EXHAUSTED = "praksis: kjøringen ble avbrutt fordi minnet (eller stakken) tok slutt. "
            + "Ingen fil ble endret. Kontroller færre filer om gangen, eller gi Java mer minne (for eksempel "
            + "PRAKSIS_JAVA_OPTS=-Xmx1g).";

    public static void main(String[] args) {
        // UTF-8 whatever the machine's locale: with none set (a container, `env -i`), Java would write
        // æ, ø and å as «?».
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, System.in));
    }

    /** Runs the command line and returns its exit code (0, 1 or 2, see interfaces v1). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        int code;
        try {
            code = execute(args, out, err, in);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(EXHAUSTED);
            code = 2;
        }
        // A report that could not be written whole (a full disk, a closed pipe) must not pass for one
        // that was: PrintWriter keeps such failures to itself until asked.
        if (out.checkError() || System.out.checkError()) {
            err.println("praksis: kunne ikke skrive til standard ut (disken er full, eller mottakeren er lukket); "
                    + "rapporten er ufullstendig.");
            code = 2;
        }
        err.flush();
        return code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        stdin = in;
        String unreadable = PathArguments.unencodable(args);
        if (unreadable != null) {
            err.println(unreadable);
            return 2;
        }
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof FileAlreadyExistsException e) {
                // Another program created the file after the command looked; it is left alone.
                line.getErr().println(Overwrite.refusal(e.getFile()));
                return 2;
            }
            if (exception instanceof IOException e) {
                // The machine, not the tool: a folder that cannot be written, a full disk. Files are
                // written whole or not at all (AtomicFiles), so nothing was left half done.
                line.getErr().println("praksis: " + ioProblem(e) + ". Ingen fil ble endret.");
                return 2;
            }
            // A defect of the tool, not of the input: say so plainly, without a stack trace.
            line.getErr().println("praksis: intern feil (" + exception.getClass().getSimpleName() + ": "
                    + exception.getMessage() + "). Meld fra om feilen, med filen som ble kontrollert.");
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        return code;
    }

    /** An input or output error as one line: the file and what is wrong with it. */
    private static String ioProblem(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = e instanceof NotDirectoryException ? "det er ikke en mappe"
                    : e instanceof AccessDeniedException ? "ingen tilgang"
                    : e instanceof NoSuchFileException ? "finnes ikke"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return "kunne ikke lese eller skrive " + fs.getFile() + " (" + reason + ")";
        }
        return "kunne ikke lese eller skrive (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the tool version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"praksis " + Versions.tool() + " (regelbase " + Versions.ruleBase() + ")"};
        }
    }
}

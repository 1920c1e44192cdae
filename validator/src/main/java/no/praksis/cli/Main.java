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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import no.praksis.validator.Texts;
import no.praksis.validator.Validator;
import no.praksis.validator.Versions;

/** The {@code praksis} command line: a thin face over the validator library. */
@Command(name = "praksis", mixinStandardHelpOptions = true, versionProvider = Main.Version.class)
public final class Main implements Runnable {

    /**
     * The commands, in the order the help lists them. Only the one a run names is built (picocli
     * builds a command's whole model by reflection, some 15 ms each at start-up); all are when the
     * run names none, or one that does not exist, so that help lists them and a misspelt one is
     * matched against them.
     */
    private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS = List.of(
            Map.entry("validate", ValidateCommand::new), Map.entry("portfolio", PortfolioCommand::new),
            Map.entry("diff", DiffCommand::new), Map.entry("render", RenderCommand::new),
            Map.entry("extract", ExtractCommand::new), Map.entry("verify", VerifyCommand::new),
            Map.entry("rules", RulesCommand::new), Map.entry("explain", ExplainCommand::new),
            Map.entry("init", InitCommand::new));

    /** Standard input, replaceable in tests. */
    static InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code praksis --lang en --help}: the language may come before the command too. */
    @CommandLine.Mixin
    MessageLanguage language;

    public static void main(String[] args) {
        // UTF-8 whatever the machine's locale: with none set (a container, `env -i`), Java would write
        // æ, ø and å as «?».
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, System.in));
    }

    /** The commands that check agreements, whose start the rule base and schema are prepared for. */
    private static final java.util.Set<String> CHECKING = java.util.Set.of("validate", "portfolio", "render", "diff");

    /** Runs the command line and returns its exit code (0, 1 or 2, see interfaces v1). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        no.praksis.schema.Startup.mark("main");
        String named = commandNamed(args);
        if (named != null && CHECKING.contains(named)) {
            Validator.prepareInBackground();
        }
        Texts texts = Texts.of(Main.class, MessageLanguage.of(args));
        // Made before it is needed: there may be no memory left to make it then.
        String exhausted = texts.get("exhausted");
        int code;
        try {
            code = execute(args, out, err, in, texts);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(exhausted);
            code = 2;
        }
        // A report that could not be written whole (a full disk, a closed pipe) must not pass for one
        // that was: PrintWriter keeps such failures to itself until asked.
        if (out.checkError() || System.out.checkError()) {
            err.println(texts.get("stdoutFailed"));
            code = 2;
        }
        err.flush();
        return code;
    }

    /** The command a run names: its first word that is neither an option nor --lang's value; null if none. */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--lang".equals(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream in, Texts texts) {
        stdin = in;
        String unreadable = PathArguments.unencodable(args, texts);
        if (unreadable != null) {
            err.println(unreadable);
            return 2;
        }
        CommandLine commandLine = new CommandLine(new Main());
        String named = commandNamed(args);
        List<CommandPlugin> plugins = new ArrayList<>();
        ServiceLoader.load(CommandPlugin.class, Main.class.getClassLoader()).forEach(plugins::add);
        boolean known = COMMANDS.stream().anyMatch(c -> c.getKey().equals(named))
                || plugins.stream().anyMatch(p -> p.name().equals(named));
        for (Map.Entry<String, Supplier<Object>> command : COMMANDS) {
            if (!known || command.getKey().equals(named)) {
                commandLine.addSubcommand(command.getKey(), command.getValue().get());
            }
        }
        // After the commands are added: picocli hands these on to the commands it has.
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Set here, not with @Command(resourceBundle): that would pick the bundle by the JVM's locale.
        commandLine.setResourceBundle(texts.bundle());
        for (CommandPlugin plugin : plugins) {
            if (known && !plugin.name().equals(named)) {
                continue;
            }
            CommandLine command = new CommandLine(plugin.command());
            // After the command line's own bundle, which would otherwise replace the command's; the
            // command's texts lie over the command line's, which give picocli's common words.
            command.setResourceBundle(new Layered(plugin.texts(texts.language()), texts.bundle()));
            command.setOut(out);
            command.setErr(err);
            commandLine.addSubcommand(plugin.name(), command);
        }
        no.praksis.schema.Startup.mark("command line built");
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof FileAlreadyExistsException e) {
                // Another program created the file after the command looked; it is left alone.
                line.getErr().println(Overwrite.refusal(e.getFile(), texts));
                return 2;
            }
            if (exception instanceof IOException e) {
                // The machine, not the tool: a folder that cannot be written, a full disk. Files are
                // written whole or not at all (AtomicFiles), so nothing was left half done.
                line.getErr().println(texts.get("ioFailed", "problem", ioProblem(e, texts)));
                return 2;
            }
            // A defect of the tool, not of the input: say so plainly, without a stack trace.
            line.getErr().println(texts.get("internal", "problem", exception.getClass().getSimpleName() + ": "
                    + exception.getMessage()));
            return 2;
        });
        int code = commandLine.execute(args);
        out.flush();
        return code;
    }

    /** An input or output error as one line: the file and what is wrong with it. */
    private static String ioProblem(IOException e, Texts texts) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = e instanceof NotDirectoryException ? texts.get("io.notDirectory")
                    : e instanceof AccessDeniedException ? texts.get("io.accessDenied")
                    : e instanceof NoSuchFileException ? texts.get("io.noSuchFile")
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return texts.get("io.file", "file", fs.getFile(), "reason", reason);
        }
        return texts.get("io.general", "reason", e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the tool version. */
    static final class Version implements CommandLine.IVersionProvider {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public String[] getVersion() {
            return new String[] {Texts.of(spec.resourceBundle()).get("version", "tool", Versions.tool(),
                    "rules", Versions.ruleBase())};
        }
    }

    /** A command's own texts over the command line's: what the command does not say, the command line does. */
    private static final class Layered extends java.util.ResourceBundle {

        private final java.util.ResourceBundle own;

        Layered(java.util.ResourceBundle own, java.util.ResourceBundle common) {
            this.own = own;
            setParent(common);
        }

        @Override
        protected Object handleGetObject(String key) {
            return own.containsKey(key) ? own.getObject(key) : null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            java.util.Set<String> keys = new java.util.TreeSet<>(own.keySet());
            keys.addAll(parent.keySet());
            return java.util.Collections.enumeration(keys);
        }

        @Override
        public java.util.Locale getLocale() {
            return own.getLocale();
        }
    }
}

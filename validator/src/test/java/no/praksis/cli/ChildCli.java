package no.praksis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a JVM of its own: for what an in-process run cannot show — the process's
 * own standard output and its descriptors, the heap and stack limits, the locale, signals.
 */
final class ChildCli {

    private ChildCli() {
    }

    /** {@code java JVM_OPTIONS -cp <test class path> no.praksis.cli.Main ARGS}, not yet started. */
    static ProcessBuilder praksis(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * {@code env -i PATH=<java's folder>:/usr/bin:/bin [ENVIRONMENT] PROGRAM ARGS}, not yet started: a
     * launcher as a bare CI job or cron starts it, with no locale, no HOME and no JAVA_HOME.
     */
    static ProcessBuilder bare(Path program, Map<String, String> environment, String... args) {
        ProcessBuilder builder = new ProcessBuilder(program.toString());
        builder.command().addAll(List.of(args));
        builder.environment().clear();
        builder.environment().put("PATH", Path.of(java()).getParent() + ":/usr/bin:/bin");
        builder.environment().putAll(environment);
        return builder;
    }

    /** The same command as one line for a shell, each word quoted. */
    static String shellCommand(List<String> jvmOptions, String... args) {
        StringBuilder line = new StringBuilder();
        for (String word : praksis(jvmOptions, args).command()) {
            line.append(line.isEmpty() ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return line.toString();
    }

    /**
     * Runs {@code command} to its end (two minutes at most) and returns what it printed; its output
     * goes through files in {@code directory}, so that neither stream can fill and stall it.
     */
    static CliTest.Run run(ProcessBuilder command, Path directory) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command.command()) + " did not finish in two minutes");
        }
        CliTest.Run run = new CliTest.Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}

package no.praksis.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Start-up timestamps per phase, for finding where a cold run's time goes: with
 * {@code PRAKSIS_JAVA_OPTS=-Dpraksis.startup=true} each phase's end is printed to standard error at
 * exit, in milliseconds since the JVM started, with the thread that reached it. Without the property
 * a mark costs a read of a constant.
 */
public final class Startup {

    private static final boolean ON = Boolean.getBoolean("praksis.startup");
    private static final List<String> MARKS = new ArrayList<>();
    /**
     * When the JVM started, on System.nanoTime's scale: from the JVM's own uptime, read once when
     * tracing (the management classes cost some milliseconds, only then). The process's start time
     * would include the launcher script, and Linux gives it to a second at best.
     */
    private static final long JVM_START = ON
            ? System.nanoTime() - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L : 0;

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(Startup::print, "praksis-startup"));
        }
    }

    private Startup() {
    }

    /** Notes that {@code phase} has just ended. */
    public static void mark(String phase) {
        if (ON) {
            long millis = (System.nanoTime() - JVM_START) / 1_000_000L;
            synchronized (MARKS) {
                MARKS.add(String.format("%6d ms  %-16s %s", millis, Thread.currentThread().getName(), phase));
            }
        }
    }

    private static void print() {
        mark("exit");
        synchronized (MARKS) {
            System.err.println("praksis start-up (ms since the JVM started):");
            MARKS.forEach(System.err::println);
        }
    }
}

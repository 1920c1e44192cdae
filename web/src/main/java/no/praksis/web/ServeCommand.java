package no.praksis.web;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.javalin.util.JavalinBindException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import no.praksis.cli.CommandPlugin;
import no.praksis.validator.Texts;

/**
 * {@code praksis serve}: the officer's web page on this machine ({@code 127.0.0.1:8080}), or, with
 * {@code --host}, on another address, said loudly and guarded by a token. It prints the address to
 * open and runs until stopped (Ctrl-C), when it stops cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer>, CommandPlugin {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "serve.port")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", descriptionKey = "serve.host")
    String host;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "serve.dir")
    Path dir;

    @Option(names = "--token", paramLabel = "TOKEN", descriptionKey = "serve.token")
    String token;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nb", descriptionKey = "serve.lang")
    String language;

    /** Lets a test stop the server as Ctrl-C would. */
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command() {
        return new ServeCommand();
    }

    @Override
    public ResourceBundle texts(String language) {
        return Texts.bundle(ServeCommand.class, "cli", language);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = Texts.of(spec.resourceBundle());
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("serve.badPort", "port", port));
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("serve.noDir", "dir", dir));
        }
        if (token != null && token.length() < 16) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("serve.shortToken"));
        }
        PraksisServer server;
        try {
            server = PraksisServer.start(new PraksisServer.Settings(host, port, dir, token));
        } catch (java.net.UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), texts.get("serve.unknownHost", "host", host));
        } catch (JavalinBindException e) {
            // The port is taken: the user needs to know that, not Jetty's words for it.
            err.println(texts.get("serve.cannotListen", "host", host, "port", port));
            return 2;
        }
        if (server.token() != null) {
            err.println(texts.get("serve.openAddress", "host", host));
        }
        out.println(texts.get("serve.listening", "address", server.address()));
        out.flush();
        Thread stop = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "praksis-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        stopped.await();
        return 0;
    }
}

package no.praksis.cli;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

import no.praksis.validator.Texts;

/**
 * File names on the command line and the machine's locale. Java turns a file name into bytes with
 * the locale's encoding, fixed when the JVM starts; with no locale set (a container, {@code env -i},
 * a cron job) that is ASCII, and a name such as {@code avtaler/bærum.yaml} cannot be opened at all.
 * The {@code praksis} launcher starts Java in a UTF-8 locale; whoever starts it otherwise is told what
 * to do, instead of getting an internal error.
 */
final class PathArguments {

    private PathArguments() {
    }

    /**
     * What to say when an argument cannot be a file name in this JVM's file name encoding, or null
     * when every argument can.
     */
    static String unencodable(String[] args, Texts texts) {
        Charset encoding = fileNameEncoding();
        if (encoding.equals(StandardCharsets.UTF_8)) {
            return null;
        }
        CharsetEncoder encoder = encoding.newEncoder();
        for (String arg : args) {
            // The arguments themselves were decoded with that encoding: a name's letters beyond it
            // arrive as U+FFFD, so the name cannot even be shown as it was typed.
            if (arg.indexOf('\uFFFD') >= 0 || !encoder.canEncode(arg)) {
                return texts.get("unencodable", "encoding", encoding.name());
            }
        }
        return null;
    }

    private static Charset fileNameEncoding() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}

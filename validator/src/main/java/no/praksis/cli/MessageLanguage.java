package no.praksis.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import no.praksis.validator.Texts;

/** {@code --lang}: the language the tool speaks in, bokmål, nynorsk or English, for every command. */
final class MessageLanguage {

    enum Language { nb, nn, en }

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /**
     * Parsed so that picocli checks the value and shows the choices; the language itself is the one
     * {@link #of} found, in which the command line's texts were loaded, wherever --lang was given
     * ({@code praksis --lang en validate} as well as {@code praksis validate --lang en}).
     */
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nb", descriptionKey = "lang")
    Language language = Language.nb;

    /** The language code, {@code nb}, {@code nn} or {@code en}. */
    String code() {
        return Texts.of(command.resourceBundle()).language();
    }

    /**
     * The language {@code args} ask for, found before picocli parses them: its usage help and its
     * errors about the arguments themselves must already speak it. Bokmål when none, or an unknown
     * one, is given (picocli then reports the unknown one, in bokmål).
     */
    static String of(String[] args) {
        for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Arrays.stream(Language.values()).map(Language::name).filter(value::equals).findFirst()
                        .orElse(Language.nb.name());
            }
        }
        return Language.nb.name();
    }
}

package no.praksis.cli;

import picocli.CommandLine.Option;

/** {@code --lang}: the language the tool speaks in, bokmål or English, for every command that reports. */
final class MessageLanguage {

    enum Language { nb, en }

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nb",
            description = "Språk i meldingene: ${COMPLETION-CANDIDATES} (standard: ${DEFAULT-VALUE}).")
    Language language = Language.nb;

    /** The language code, {@code nb} or {@code en}. */
    String code() {
        return language.name();
    }
}

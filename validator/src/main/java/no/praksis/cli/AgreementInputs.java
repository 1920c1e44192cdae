package no.praksis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.praksis.validator.AgreementFiles;
import no.praksis.validator.Validator;

/**
 * The agreements the paths of a command line name, as every command that reads many takes them
 * ({@code validate}, {@code portfolio}): files, the agreement files under folders, or {@code -} for
 * standard input; and the paths that named no agreement at all.
 */
record AgreementInputs(List<Input> inputs, List<String> empty) {

    AgreementInputs {
        inputs = List.copyOf(inputs);
        empty = List.copyOf(empty);
    }

    /** One agreement to check: a file with the boundary its links must stay within, or standard input. */
    record Input(Path file, AgreementFiles.Boundary boundary) {

        Validator.Checked check(Validator validator) {
            return file == null ? validator.check(Validator.STDIN, Main.stdin)
                    : validator.check(file, file.toString(), boundary);
        }
    }

    static AgreementInputs of(List<String> paths) {
        List<Input> inputs = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (String path : paths) {
            List<Input> found = inputs(path);
            if (found.isEmpty()) {
                empty.add(path);
            }
            inputs.addAll(found);
        }
        return new AgreementInputs(inputs, empty);
    }

    /**
     * The inputs with each file on disk once, where it was first named: a link such as
     * {@code gjeldende.yaml} to a file also named is the same agreement, which the figures of a
     * portfolio must count once.
     */
    List<Input> distinct() {
        Set<Path> seen = new HashSet<>();
        return inputs.stream().filter(input -> input.file() == null || seen.add(AgreementFiles.identity(input.file())))
                .toList();
    }

    /** The agreement among the inputs that {@code output} is, if any: a report must never replace one. */
    String agreementAt(Path output) {
        if (output == null || !Files.exists(output)) {
            return null;
        }
        for (Input input : inputs) {
            if (input.file() != null && Overwrite.sameFile(output, input.file())) {
                return input.file().toString();
            }
        }
        return null;
    }

    /** What {@code path} names: standard input, the agreements in a folder, or one file. */
    private static List<Input> inputs(String path) {
        if ("-".equals(path)) {
            return List.of(new Input(null, AgreementFiles.Boundary.NONE));
        }
        Path file = Paths.get(path);
        AgreementFiles.Boundary boundary = AgreementFiles.boundaryOf(file);
        if (Files.isDirectory(file)) {
            return AgreementFiles.under(file).stream().map(f -> new Input(f, boundary)).toList();
        }
        // A missing or unreadable file is reported as such, and the other files are still checked.
        return List.of(new Input(file, boundary));
    }
}

package no.praksis.validator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one run that hold the same agreement version: each version of an agreement is in one
 * file, so two files with the same {@code id} and {@code version} are an error in both (rule
 * PORTFOLIO-DUPLICATE-VERSION), each naming the others. The same file reached twice, through a
 * symbolic link such as {@code gjeldende.yaml}, is not a copy.
 *
 * <p>Only the first file's turn can tell it has a copy later in the run, so the reports of a run are
 * complete only when every file has been checked: of each file this keeps its report and where its
 * version stands, not the agreement.
 */
public final class VersionCopies {

    static final String RULE = "PORTFOLIO-DUPLICATE-VERSION";

    /**
     * One checked file, as the search for copies needs it.
     *
     * @param identity  what the file is on disk ({@link AgreementFiles#identity}), or its name when it
     *                  was not read from a file (standard input)
     * @param agreementId the bound agreement's id, or null when none could be bound
     */
    public record Noted(FileReport report, Object identity, String agreementId, int version, Position at,
                        String line) {
    }

    private VersionCopies() {
    }

    /** What of {@code checked}, the file that is {@code identity} on disk, the search for copies keeps. */
    public static Noted note(Validator.Checked checked, Object identity) {
        if (checked.agreement() == null) {
            return new Noted(checked.report(), identity, null, 0, null, null);
        }
        return new Noted(checked.report(), identity, checked.agreement().id(), checked.agreement().version(),
                checked.sourceMap().positionOf("/version"), checked.versionLine());
    }

    /**
     * The reports of {@code files}, in their order, each with an error where its agreement version is
     * also in another of the files, naming them.
     */
    public static List<FileReport> reports(List<Noted> files, Validator validator) {
        Map<String, Map<Object, Noted>> byVersion = new LinkedHashMap<>();
        for (Noted file : files) {
            if (file.agreementId() != null) {
                byVersion.computeIfAbsent(file.agreementId() + '\u0000' + file.version(), key -> new LinkedHashMap<>())
                        .putIfAbsent(file.identity(), file);
            }
        }
        List<FileReport> reports = new ArrayList<>(files.size());
        for (Noted file : files) {
            Map<Object, Noted> same = file.agreementId() == null ? Map.of()
                    : byVersion.get(file.agreementId() + '\u0000' + file.version());
            List<String> others = same.values().stream().filter(other -> !other.identity().equals(file.identity()))
                    .map(other -> other.report().path()).toList();
            reports.add(others.isEmpty() ? file.report() : validator.withFinding(file.report(),
                    new Detection(RULE, "also", "/version", null, Map.of("agreementId", file.agreementId(),
                            "version", Integer.toString(file.version()), "otherFiles", String.join(", ", others))),
                    file.at(), file.line()));
        }
        return reports;
    }
}

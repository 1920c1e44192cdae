package no.praksis.validator.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import no.praksis.validator.AgreementFiles;
import no.praksis.validator.Detection;
import no.praksis.validator.FileReport;
import no.praksis.validator.Position;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.Validator;
import no.praksis.validator.git.ChangedFile;
import no.praksis.validator.git.GitRevisions;
import no.praksis.validator.load.LoadedDocument;

/**
 * Compares two versions of an agreement: what changed ({@link AgreementDiff}), whether each change
 * is material, and whether the new version is numbered and identified as a new version of the same
 * agreement must be (DIFF-* findings, in the new version's report beside its own findings as
 * {@code validate} gives them). Safe to share between threads, as its validator is.
 */
public final class Amendments {

    private final Validator validator;

    public Amendments(Validator validator) {
        this.validator = validator;
    }

    /**
     * One version of the agreement as a comparison names it.
     *
     * @param agreementId its id, or null when it has none that is a text
     * @param version     its version, or null when it has none that is a whole number
     */
    public record Version(String path, String agreementId, Integer version) {
    }

    /**
     * What comparing two versions gave.
     *
     * @param changes   the changes, in the order of the new version; none when either version could not
     *                  be read as a mapping
     * @param oldReport the old version's own report: only its reading is looked at, since an old version
     *                  is what was signed, as it is
     * @param report    the new version's report: its findings as {@code validate} gives them, and the
     *                  comparison's findings
     */
    public record Amendment(Version old, Version current, List<Change> changes, FileReport oldReport,
                            FileReport report, Status status) {

        public Amendment(Version old, Version current, List<Change> changes, FileReport oldReport, FileReport report) {
            this(old, current, changes, oldReport, report, Status.AMENDED);
        }

        /** True when both versions were read, so that the changes are what changed. */
        public boolean compared() {
            return status == Status.AMENDED && oldReport.parsed() && report.parsed();
        }

        public long material() {
            return changes.stream().filter(Change::material).count();
        }
    }

    /** Whether an agreement was amended, or is new, or is gone, since the revision compared with. */
    public enum Status { AMENDED, NEW, DELETED }

    /** An agreement that has no old version: its findings as validate gives them, and no changes. */
    public Amendment added(String newName, byte[] newBytes) {
        FileReport report = validator.check(newName, newBytes).report();
        return new Amendment(new Version(null, null, null), version(newName, validator.load(newBytes)), List.of(),
                report, report, Status.NEW);
    }

    /** An agreement that is gone: nothing to judge, but a reviewer must see that it is. */
    public Amendment deleted(String oldName, byte[] oldBytes, String path) {
        FileReport none = new FileReport(path, null, true, List.of(), List.of());
        return new Amendment(version(oldName, validator.load(oldBytes)), new Version(path, null, null), List.of(),
                none, none, Status.DELETED);
    }

    /** Compares the agreement {@code oldBytes} (named {@code oldName}) with its new version {@code newBytes}. */
    public Amendment compare(String oldName, byte[] oldBytes, String newName, byte[] newBytes) {
        FileReport report = validator.check(newName, newBytes).report();
        LoadedDocument before = validator.load(oldBytes);
        LoadedDocument after = validator.load(newBytes);
        FileReport oldReport = before.parsed() ? new FileReport(oldName, text(before.tree(), "id"), true, List.of(),
                before.lines()) : validator.check(oldName, oldBytes).report();
        Version old = version(oldName, before);
        Version current = version(newName, after);
        if (!before.parsed() || !after.parsed() || !before.tree().isObject() || !after.tree().isObject()) {
            return new Amendment(old, current, List.of(), oldReport, report);
        }
        List<Change> changes = AgreementDiff.between(validator.schema(), before.tree(), before.sourceMap(),
                after.tree(), after.sourceMap());
        return new Amendment(old, current, changes, oldReport, judged(report, after, old, current, changes));
    }

    /**
     * The reports of a run's agreement files, each with the comparison's own findings (DIFF-*) where
     * the file was amended since a revision: the check that fails a build when an agreement changed
     * without a new version. The files' own findings are left as they are (the run gave them); a file
     * that is new since the revision, not among {@code changed}, or not read, gets none.
     *
     * @param reports  the run's reports, one for each of {@code files}, in their order
     * @param files    the files on disk the reports are of, read again within {@code boundary}
     * @param changed  the agreement files changed since the revision ({@link GitRevisions#changedSince})
     */
    public List<FileReport> withComparisons(List<FileReport> reports, List<Path> files, List<ChangedFile> changed,
                                            AgreementFiles.Boundary boundary) {
        if (reports.size() != files.size()) {
            throw new IllegalArgumentException(reports.size() + " reports of " + files.size() + " files");
        }
        Map<Path, ChangedFile> amended = new HashMap<>();
        for (ChangedFile file : changed) {
            if (!file.added() && !file.deleted()) {
                amended.put(onDisk(file.path()), file);
            }
        }
        List<FileReport> judged = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            FileReport report = reports.get(i);
            ChangedFile was = amended.get(onDisk(files.get(i)));
            Validator.Content content = was == null || !report.parsed() ? null
                    : validator.read(files.get(i), report.path(), boundary);
            if (content == null || !content.readable()) {
                judged.add(report);
                continue;
            }
            LoadedDocument before = validator.load(was.oldBytes());
            LoadedDocument after = validator.load(content.bytes());
            if (!before.parsed() || !after.parsed() || !before.tree().isObject() || !after.tree().isObject()) {
                // An old version that cannot be read is no agreement to number this one against.
                judged.add(report);
                continue;
            }
            List<Change> changes = AgreementDiff.between(validator.schema(), before.tree(), before.sourceMap(),
                    after.tree(), after.sourceMap());
            judged.add(judged(report, after, version(was.oldName(), before), version(report.path(), after), changes));
        }
        return judged;
    }

    /** {@code report} with the findings on whether {@code current} is numbered and identified as a new version of {@code old}. */
    private FileReport judged(FileReport report, LoadedDocument after, Version old, Version current,
                              List<Change> changes) {
        long material = changes.stream().filter(Change::material).count();
        if (old.agreementId() != null && current.agreementId() != null
                && !old.agreementId().equals(current.agreementId())) {
            report = finding(report, after, "DIFF-ID-CHANGED", "/id", Map.of("agreementId", current.agreementId(),
                    "oldAgreementId", old.agreementId()));
        }
        if (old.version() != null && current.version() != null) {
            Map<String, String> args = Map.of("version", String.valueOf(current.version()),
                    "oldVersion", String.valueOf(old.version()), "nextVersion", String.valueOf(old.version() + 1),
                    "changes", String.valueOf(changes.size()), "material", String.valueOf(material));
            if (current.version() < old.version()) {
                report = finding(report, after, "DIFF-VERSION-LOWER", "/version", args);
            } else if (current.version().equals(old.version()) && !changes.isEmpty()) {
                report = finding(report, after, "DIFF-VERSION-NOT-RAISED", "/version", args);
            }
        }
        return report;
    }

    /**
     * {@code path} absolute with the links of its folders resolved, as {@link GitRevisions} names the
     * working tree's files; the last name is kept, so that a file that is a link stays itself.
     */
    private static Path onDisk(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            return absolute;
        }
        try {
            return folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    /** Wraps the new versions' reports in a report of this tool and rule base, as validate's. */
    public ValidationReport report(List<Amendment> amendments) {
        return validator.report(amendments.stream().map(Amendment::report).toList());
    }

    private FileReport finding(FileReport report, LoadedDocument document, String rule, String pointer,
                               Map<String, String> args) {
        Position at = document.sourceMap().positionOf(pointer);
        String line = at.line() >= 1 && at.line() <= document.lines().size() ? document.lines().get(at.line() - 1) : "";
        return validator.withFinding(report, Detection.at(rule, pointer, args), at, line);
    }

    private static Version version(String name, LoadedDocument document) {
        if (!document.parsed() || !document.tree().isObject()) {
            return new Version(name, null, null);
        }
        JsonNode version = document.tree().get("version");
        Integer number = version != null && version.isIntegralNumber() && version.intValueOpt().isPresent()
                ? Integer.valueOf(version.intValueOpt().getAsInt()) : null;
        return new Version(name, text(document.tree(), "id"), number);
    }

    private static String text(JsonNode tree, String key) {
        JsonNode value = tree == null ? null : tree.get(key);
        return value != null && value.isString() ? value.asString() : null;
    }
}

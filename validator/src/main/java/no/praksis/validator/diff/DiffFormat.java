package no.praksis.validator.diff;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.praksis.rules.Severity;
import no.praksis.schema.JsonText;
import no.praksis.validator.Finding;
import no.praksis.validator.Texts;
import no.praksis.validator.ValidationReport;
import no.praksis.validator.load.Printable;
import no.praksis.validator.report.JsonReport;
import no.praksis.validator.report.ReportFormat;

/**
 * The ways {@code praksis diff} reports a comparison: text for the terminal (the words that changed
 * in a text marked {@code [-so-]{+}}), JSON for scripts (interfaces v1, revision 1.1), and Markdown
 * to post as a comment on a pull request (a table per agreement of section, change, material or not).
 */
public enum DiffFormat {
    TEXT, JSON, MARKDOWN;

    /** The longest value a change quotes; a longer one is cut. */
    private static final int MAX_SHOWN = 300;

    /** Words of a run that stayed the same shown on either side of a change; the rest is «…». */
    private static final int CONTEXT_WORDS = 4;

    /** The format of a {@code --format} value, or empty when there is none by that name. */
    public static Optional<DiffFormat> named(String name) {
        for (DiffFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** {@code amendments} in this format, their findings at or above {@code threshold} marked as validate marks them. */
    public String format(List<Amendments.Amendment> amendments, ValidationReport findings, String language,
                         Severity threshold) {
        Texts texts = Texts.of(DiffFormat.class, language);
        return switch (this) {
            case TEXT -> text(amendments, findings, texts, threshold);
            case JSON -> json(amendments);
            case MARKDOWN -> markdown(amendments, texts);
        };
    }

    private static String text(List<Amendments.Amendment> amendments, ValidationReport findings, Texts texts,
                               Severity threshold) {
        StringBuilder out = new StringBuilder();
        for (Amendments.Amendment amendment : amendments) {
            if (amendment.status() != Amendments.Status.AMENDED) {
                out.append(status(amendment, texts)).append('\n');
                continue;
            }
            if (!amendment.compared()) {
                out.append(texts.get("diff.notCompared", "file", amendment.oldReport().parsed()
                        ? amendment.current().path() : amendment.old().path())).append('\n');
                continue;
            }
            out.append(heading(amendment, texts)).append('\n');
            if (amendment.changes().isEmpty()) {
                out.append("  ").append(texts.get("diff.none")).append('\n');
            }
            for (Change change : amendment.changes()) {
                String file = change.kind() == Change.Kind.REMOVED ? amendment.old().path() : amendment.current().path();
                out.append("  ").append(file).append(':').append(change.line()).append(": ")
                        .append(change.section().in(texts.language())).append(", ")
                        .append(texts.get(kindKey(change.kind()))).append(' ')
                        .append(change.pointer()).append(" (")
                        .append(texts.get(change.material() ? "diff.material" : "diff.editorial")).append(")");
                String shown = shown(change, "[-", "-]", "{+", "+}");
                if (!shown.isEmpty()) {
                    out.append(": ").append(shown);
                }
                out.append('\n');
            }
        }
        if (findings.files().stream().anyMatch(f -> !f.findings().isEmpty() || !f.parsed())) {
            out.append(ReportFormat.TEXT.format(findings, texts.language(), threshold));
        }
        return out.toString();
    }

    /** The line that says an agreement is new, or gone, since the revision compared with. */
    private static String status(Amendments.Amendment amendment, Texts texts) {
        return amendment.status() == Amendments.Status.NEW
                ? texts.get("diff.newAgreement", "file", amendment.current().path(), "version",
                        version(amendment.current(), texts))
                : texts.get("diff.deletedAgreement", "file", amendment.current().path(), "old", amendment.old().path(),
                        "version", version(amendment.old(), texts));
    }

    private static String kindKey(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> "diff.kind.added";
            case REMOVED -> "diff.kind.removed";
            case CHANGED -> "diff.kind.changed";
        };
    }

    private static String heading(Amendments.Amendment amendment, Texts texts) {
        return texts.get("diff.heading", "old", amendment.old().path(), "oldVersion", version(amendment.old(), texts),
                "new", amendment.current().path(), "newVersion", version(amendment.current(), texts),
                "changes", texts.count("diff.changes", amendment.changes().size()), "material", amendment.material());
    }

    private static String version(Amendments.Version version, Texts texts) {
        return version.version() == null ? texts.get("diff.unknownVersion") : String.valueOf(version.version());
    }

    /**
     * What a change did to the value: a text changed word by word, with what stayed around it cut
     * to a few words; any other value as written, before and after.
     */
    public static String shown(Change change, String removedStart, String removedEnd, String addedStart, String addedEnd) {
        JsonNode before = change.oldValue();
        JsonNode after = change.newValue();
        if (before != null && after != null && before.isString() && after.isString()) {
            StringBuilder out = new StringBuilder();
            for (WordDiff.Part part : WordDiff.of(before.asString(), after.asString())) {
                String text = Printable.cut(part.text(), MAX_SHOWN);
                switch (part.op()) {
                    case SAME -> out.append(context(text));
                    case REMOVED -> out.append(removedStart).append(text.strip()).append(removedEnd).append(' ');
                    case ADDED -> out.append(addedStart).append(text.strip()).append(addedEnd).append(' ');
                }
            }
            return out.toString().strip();
        }
        if (change.kind() == Change.Kind.CHANGED) {
            return value(before) + " → " + value(after);
        }
        return value(change.kind() == Change.Kind.ADDED ? after : before);
    }

    private static String context(String same) {
        List<String> words = WordDiff.words(same);
        if (words.size() <= 2 * CONTEXT_WORDS + 1) {
            return same;
        }
        return String.join("", words.subList(0, CONTEXT_WORDS)) + "… "
                + String.join("", words.subList(words.size() - CONTEXT_WORDS, words.size()));
    }

    private static String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return "~";
        }
        String written = value.isString() ? value.asString() : JsonText.MAPPER.writeValueAsString(value);
        return Printable.cut(written.replace('\n', ' '), MAX_SHOWN);
    }

    private static String json(List<Amendments.Amendment> amendments) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonText.prettyGenerator(out)) {
            if (amendments.size() == 1) {
                json.writeTree(amendment(amendments.get(0)));
            } else {
                ObjectNode all = JsonText.MAPPER.createObjectNode();
                ArrayNode list = all.putArray("amendments");
                amendments.forEach(a -> list.add(amendment(a)));
                ObjectNode summary = all.putObject("summary");
                summary.put("agreements", amendments.size());
                summary.put("changes", amendments.stream().mapToInt(a -> a.changes().size()).sum());
                summary.put("material", amendments.stream().mapToLong(Amendments.Amendment::material).sum());
                json.writeTree(all);
            }
        }
        return out + "\n";
    }

    private static ObjectNode amendment(Amendments.Amendment amendment) {
        ObjectNode node = JsonText.MAPPER.createObjectNode();
        node.put("status", amendment.status().name().toLowerCase(Locale.ROOT));
        version(node.putObject("old"), amendment.old());
        version(node.putObject("new"), amendment.current());
        ArrayNode changes = node.putArray("changes");
        for (Change change : amendment.changes()) {
            ObjectNode c = changes.addObject();
            c.put("pointer", change.pointer());
            if (change.oldPointer() != null && !change.oldPointer().equals(change.pointer())) {
                c.put("oldPointer", change.oldPointer());
            }
            c.put("kind", change.kind().code());
            c.put("section", change.section().nb());
            c.set("old", change.oldValue());
            c.set("new", change.newValue());
            c.put("material", change.material());
            c.put("line", change.line());
        }
        ArrayNode findings = node.putArray("findings");
        List<Finding> all = new ArrayList<>(amendment.oldReport().parsed() ? List.of() : amendment.oldReport().findings());
        all.addAll(amendment.report().findings());
        all.forEach(f -> JsonReport.finding(findings.addObject(), f));
        ObjectNode summary = node.putObject("summary");
        summary.put("changes", amendment.changes().size());
        summary.put("material", amendment.material());
        summary.put("errors", all.stream().filter(f -> !f.waived() && f.severity() == Severity.ERROR).count());
        return node;
    }

    private static void version(ObjectNode node, Amendments.Version version) {
        node.put("path", version.path());
        node.put("agreementId", version.agreementId());
        if (version.version() == null) {
            node.putNull("version");
        } else {
            node.put("version", version.version());
        }
    }

    private static String markdown(List<Amendments.Amendment> amendments, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (Amendments.Amendment amendment : amendments) {
            String id = amendment.current().agreementId() != null ? amendment.current().agreementId()
                    : amendment.current().path();
            if (amendment.status() != Amendments.Status.AMENDED) {
                out.append("### ").append(cell(amendment.current().agreementId() != null ? id
                        : amendment.old().agreementId() != null ? amendment.old().agreementId() : id)).append("\n\n")
                        .append(cell(status(amendment, texts))).append("\n\n");
                findings(amendment, out, texts);
                continue;
            }
            out.append("### ").append(cell(texts.get("diff.headingMarkdown", "agreementId", id,
                    "oldVersion", version(amendment.old(), texts), "newVersion", version(amendment.current(), texts))))
                    .append("\n\n");
            if (!amendment.compared()) {
                out.append(cell(texts.get("diff.notCompared", "file", amendment.oldReport().parsed()
                        ? amendment.current().path() : amendment.old().path()))).append("\n\n");
                continue;
            }
            if (amendment.changes().isEmpty()) {
                out.append(texts.get("diff.none")).append("\n\n");
            } else {
                out.append(texts.get("diff.summaryMarkdown", "changes", texts.count("diff.changes",
                        amendment.changes().size()), "material", amendment.material())).append("\n\n");
                out.append("| ").append(texts.get("diff.colSection")).append(" | ").append(texts.get("diff.colChange"))
                        .append(" | ").append(texts.get("diff.colMaterial")).append(" |\n|---|---|---|\n");
                for (Change change : amendment.changes()) {
                    String shown = shown(change, "~~", "~~", "**", "**");
                    out.append("| ").append(cell(change.section().in(texts.language()))).append(" | ")
                            .append(texts.get(kindKey(change.kind()))).append(" `")
                            .append(change.pointer().replace("`", "'")).append('`')
                            .append(shown.isEmpty() ? "" : ": " + cell(shown)).append(" | ")
                            .append(texts.get(change.material() ? "diff.yes" : "diff.no")).append(" |\n");
                }
                out.append('\n');
            }
            findings(amendment, out, texts);
        }
        return out.toString();
    }

    private static void findings(Amendments.Amendment amendment, StringBuilder out, Texts texts) {
        List<Finding> findings = amendment.report().findings().stream().filter(f -> !f.waived()).toList();
        if (!findings.isEmpty()) {
            out.append("**").append(texts.get("diff.findings")).append("**\n\n");
            for (Finding finding : findings) {
                out.append("- ").append(finding.severity().label().toUpperCase(Locale.ROOT)).append(" `")
                        .append(finding.ruleId()).append("` (").append(cell(amendment.current().path())).append(':')
                        .append(finding.line()).append("): ").append(cell(finding.message())).append('\n');
            }
            out.append('\n');
        }
    }

    /** A text that stays in its table cell or list item: no line breaks, no bar, no HTML. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}

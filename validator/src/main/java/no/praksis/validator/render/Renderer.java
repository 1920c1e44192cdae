package no.praksis.validator.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateScalarModel;
import tools.jackson.databind.JsonNode;

import no.praksis.rules.Severity;
import no.praksis.rules.model.Agreement;
import no.praksis.rules.model.Signatory;
import no.praksis.validator.FileReport;
import no.praksis.validator.Validator;
import no.praksis.validator.Versions;
import no.praksis.validator.bind.AgreementBinder;
import no.praksis.validator.diff.Amendments;
import no.praksis.validator.diff.Change;
import no.praksis.validator.diff.DiffFormat;
import no.praksis.validator.diff.Redline;
import no.praksis.validator.load.ContractText;

/**
 * Renders a valid agreement into the contract the parties sign: FreeMarker templates (in the
 * agreement's language) to XHTML, then an archival, accessible PDF with the agreement's YAML inside
 * and an empty signature field per signatory. An agreement with an error finding is not rendered,
 * unless as a marked draft without signature fields. The same agreement and tool version always give
 * the same bytes. Safe to share between threads.
 */
public final class Renderer {

    private static final String TEMPLATES = "/no/praksis/templates";

    private final Validator validator;
    private final Configuration freemarker;

    public Renderer(Validator validator) {
        this.validator = validator;
        this.freemarker = LockedTemplates.configuration(Renderer.class, TEMPLATES);
    }

    /**
     * What rendering gave.
     *
     * @param pdf      the contract, or null when the agreement was refused (see the report's findings)
     * @param fileName the contract's file name, {@code <id>-v<version>.pdf}, or null when refused
     */
    public record Rendering(FileReport report, byte[] pdf, String fileName) {

        public boolean refused() {
            return pdf == null;
        }
    }

    /**
     * Validates and renders the agreement {@code source}.
     *
     * @param draft render even with errors, marked as a draft on every page and without signature fields
     */
    public Rendering render(String name, byte[] source, boolean draft) {
        return render(validator.check(name, source), source, draft);
    }

    /**
     * Renders the agreement {@code source}, already checked as {@code checked} (by this renderer's
     * validator): for a caller that needs to know the contract's name before the PDF is made.
     */
    public Rendering render(Validator.Checked checked, byte[] source, boolean draft) {
        if (!renders(checked, draft)) {
            return new Rendering(checked.report(), null, null);
        }
        Agreement agreement = draft ? checked.draft() : checked.agreement();
        return new Rendering(checked.report(), pdf(agreement, source, draft, checked.report()),
                fileName(agreement, draft));
    }

    /**
     * Whether {@link #render(Validator.Checked, byte[], boolean)} makes a contract of {@code checked}:
     * an agreement without an unwaived error; as a {@code draft}, any file that parses to a mapping,
     * however unfinished.
     */
    public static boolean renders(Validator.Checked checked, boolean draft) {
        if (draft) {
            return checked.draft() != null;
        }
        boolean errors = checked.report().findings().stream()
                .anyMatch(f -> !f.waived() && f.severity() == Severity.ERROR) || !checked.report().parsed();
        return checked.agreement() != null && !errors;
    }

    /**
     * The contract's file name, {@code <id>-v<version>.pdf}: the name the Maven goal writes and
     * {@code praksis render} without {@code -o} chooses.
     */
    public static String fileName(Agreement agreement) {
        return agreement.id() + "-v" + agreement.version() + ".pdf";
    }

    /**
     * As {@link #fileName(Agreement)}, and for a draft {@code <id>-v<version>-utkast.pdf}, so that a
     * draft is never taken for the contract of the same version. A draft's id may be missing
     * ({@code avtale}) or no valid slug; a caller that writes to the name checks it.
     */
    public static String fileName(Agreement agreement, boolean draft) {
        if (!draft) {
            return fileName(agreement);
        }
        return (agreement.id() == null ? "avtale" : agreement.id()) + "-v" + agreement.version() + "-utkast.pdf";
    }

    /**
     * The redline of an amendment: the new version's contract with the words that went struck through
     * and the words that came underlined, and a table of every change from the old version on a page of
     * its own; a draft, never signable. Null when the new version is no mapping, or the two versions
     * could not be compared.
     */
    public byte[] redline(Amendments.Amendment amendment, byte[] newSource) {
        JsonNode tree = validator.load(newSource).tree();
        if (!amendment.compared() || tree == null || !tree.isObject()) {
            return null;
        }
        Agreement marked = AgreementBinder.bind(Redline.marked(validator.schema(), tree, amendment.changes()));
        String language = ContractModel.language(marked);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change change : amendment.changes()) {
            changes.add(Map.of("section", change.section().in(language), "kind", label(language, "change"
                    + change.kind().name().charAt(0) + change.kind().name().substring(1).toLowerCase(Locale.ROOT)),
                    "pointer", change.pointer(), "shown", DiffFormat.shown(change, String.valueOf(Redline.REMOVED_START),
                            String.valueOf(Redline.REMOVED_END), String.valueOf(Redline.ADDED_START),
                            String.valueOf(Redline.ADDED_END)), "material", change.material()));
        }
        Map<String, Object> redline = Map.of("changes", changes, "changedFrom",
                amendment.old().version() == null ? "?" : String.valueOf(amendment.old().version()));
        return pdf(marked, newSource, true, amendment.report(), redline,
                xhtml -> Redline.toMarkup(xhtml, label(language, "removedWord"), label(language, "addedWord")));
    }

    private byte[] pdf(Agreement agreement, byte[] source, boolean draft, FileReport report) {
        return pdf(agreement, source, draft, report, Map.of(), UnaryOperator.identity());
    }

    /**
     * @param extra  more of the view model (a redline's changes)
     * @param markup what is done to the XHTML before it is laid out (a redline's marks made elements)
     */
    private byte[] pdf(Agreement agreement, byte[] source, boolean draft, FileReport report, Map<String, Object> extra,
                       UnaryOperator<String> markup) {
        String sha256 = ContractSource.sha256(source);
        String attachment = attachmentName(agreement);
        Map<String, Object> model = ContractModel.of(agreement, draft, sha256, attachment,
                draft ? report.findings() : List.of());
        model.putAll(extra);
        String xhtml = markup.apply(xhtml(model));
        Map<String, String> fields = new LinkedHashMap<>();
        if (!draft) {
            List<String> names = ContractModel.signatureFieldNames(agreement);
            for (int i = 0; i < names.size(); i++) {
                Signatory signatory = agreement.signatories().get(i);
                if (fields.put(names.get(i), label(ContractModel.language(agreement), "signatureField") + ": " + signatory.name() + ", "
                        + signatory.title()) != null) {
                    // Two people would share one field, and one of them could not sign.
                    throw new IllegalStateException("two signatories have the signature field " + names.get(i));
                }
            }
        }
        // A redline of the same version differs from its draft: what it was compared with is part of its identity.
        byte[] id = ContractSource.digest((sha256 + "|" + draft + "|" + extra.hashCode() + "|" + Versions.tool())
                .getBytes(StandardCharsets.UTF_8));
        return PdfContract.render(xhtml, new PdfContract.Parts(source, attachment,
                label(ContractModel.language(agreement), "sourceAttachment"), fields,
                // A draft may have no term: it then carries a fixed date, so that its bytes are still
                // the same each time.
                agreement.term() == null ? LocalDate.EPOCH : agreement.term().effectiveFrom(),
                PdfContract.documentId(id), "praksis " + Versions.tool()));
    }

    /** The file name of the agreement's YAML inside the contract. */
    public static String attachmentName(Agreement agreement) {
        return (agreement.id() == null ? "avtale" : agreement.id()) + "-v" + agreement.version() + ".yaml";
    }

    String xhtml(Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate("contract.ftlh");
            StringWriter out = new StringWriter();
            template.process(model, out);
            // A draft may hold characters that the agreement's own finding (YAML-CONTROL-CHARACTER)
            // forbids and that XML cannot carry; a final contract never does.
            return ContractText.xmlSafe(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the contract template failed: " + e.getMessage(), e);
        }
    }

    /**
     * A label from the contract's texts in {@code language} (texts_<language>.ftlh), for the parts of
     * the PDF that are not on its pages: the signature fields' tooltips, the attachment's description.
     * One home for every word of the contract.
     */
    private String label(String language, String name) {
        try {
            Environment texts = freemarker.getTemplate("texts_" + language + ".ftlh")
                    .createProcessingEnvironment(Map.of(), Writer.nullWriter());
            texts.process();
            TemplateHashModel labels = (TemplateHashModel) texts.getMainNamespace().get("labels");
            return ((TemplateScalarModel) labels.get(name)).getAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the contract's texts failed: " + e.getMessage(), e);
        }
    }
}

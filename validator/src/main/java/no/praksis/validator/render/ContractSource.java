package no.praksis.validator.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import no.praksis.validator.Texts;
import no.praksis.validator.load.LoadLimits;
import no.praksis.validator.load.Printable;

/**
 * Reads the agreement's YAML back out of a contract that {@link Renderer} made, and checks that it
 * is what the contract was made from. The PDF is read as anyone may have made it ({@link UntrustedPdf}).
 */
public final class ContractSource {

    /** The embedded source: its file name and its exact bytes. */
    public record Source(String name, byte[] content) {
    }

    /**
     * The embedded source is not what the contract was made from, or is no text: {@link #getMessage}
     * says which, in one sentence in the language asked for.
     */
    public static final class NotIntact extends IOException {
        NotIntact(String message) {
            super(message);
        }
    }

    /**
     * What {@link #verify} found: each check in turn, held or not, with a sentence (in the language
     * asked for) saying
     * what was compared and, when it failed, what differs.
     */
    public record Verification(List<Check> checks) {

        /** One check and what it found. */
        public record Check(boolean holds, String text) {
        }

        public boolean holds() {
            return checks.stream().allMatch(Check::holds);
        }
    }

    private ContractSource() {
    }

    /**
     * The largest contract read, in bytes. A contract is some hundred kilobytes; this leaves room for
     * one of the largest agreements the validator accepts, and keeps a file that is no contract (a
     * disk image, an endless device) from filling the memory.
     */
    public static final long MAX_CONTRACT_BYTES = 64L * 1024 * 1024;

    /**
     * The largest embedded source read: no larger agreement could have been rendered
     * ({@link LoadLimits#MAX_MAX_BYTES}). A compressed stream that expands beyond it (a
     * decompression bomb) is refused without being expanded further.
     */
    public static final int MAX_SOURCE_BYTES = (int) LoadLimits.MAX_MAX_BYTES;

    /** A SHA-256 as the pages print it, once the line breaks are taken out. */
    private static final Pattern PRINTED = Pattern.compile("SHA-256:([0-9a-f]{64})");

    /**
     * The agreement embedded in {@code pdf} as the document's source, if there is one, after checking
     * that it is UTF-8 text and has the SHA-256 that the contract's metadata records.
     *
     * @param language   the language of {@link NotIntact}'s message: {@code nb}, {@code nn} or {@code en}
     * @throws NotIntact   when no SHA-256 is recorded, it is another, or the source is not UTF-8
     * @throws PdfProblem when {@code pdf} is not a readable PDF, or a stream in it is refused (a
     *                     decompression bomb, a filter praksis does not write, …)
     */
    public static Optional<Source> extract(byte[] pdf, String language) throws IOException {
        Texts texts = Texts.of(ContractSource.class, language);
        return read(pdf, (untrusted, source) -> {
            if (source.isPresent()) {
                for (Verification.Check check : checks(source.get(), ContractMetadata.recorded(untrusted.document()),
                        null, null, null, texts)) {
                    if (!check.holds()) {
                        throw new NotIntact(check.text());
                    }
                }
            }
            return source;
        });
    }

    /**
     * Checks the agreement embedded in {@code pdf}: that it is UTF-8, that its SHA-256 is the one
     * recorded in the metadata and the one printed on the pages and, when {@code agreement} is
     * given, that it is byte for byte the agreement file {@code agreementName}.
     *
     * @param agreement the agreement file's bytes, or null to compare with none
     * @param language  the language of the checks' sentences: {@code nb}, {@code nn} or {@code en}
     * @throws PdfProblem when {@code pdf} is not a readable PDF, or a part of it is refused
     */
    public static Verification verify(byte[] pdf, String agreementName, byte[] agreement, String language)
            throws IOException {
        Texts texts = Texts.of(ContractSource.class, language);
        return read(pdf, (untrusted, source) -> {
            if (source.isEmpty()) {
                return new Verification(List.of(new Verification.Check(false, texts.get("noSource"))));
            }
            Set<String> printed = new LinkedHashSet<>();
            PageText.read(untrusted.document(), text -> {
                Matcher matcher = PRINTED.matcher(text.replaceAll("\\s+", ""));
                while (matcher.find()) {
                    printed.add(matcher.group(1));
                }
            });
            untrusted.checked();
            return new Verification(checks(source.get(), ContractMetadata.recorded(untrusted.document()),
                    printed, agreementName, agreement, texts));
        });
    }

    /** What is done with an opened PDF and its source. */
    private interface Reading<T> {
        T read(UntrustedPdf untrusted, Optional<Source> source) throws IOException;
    }

    private static <T> T read(byte[] pdf, Reading<T> reading) throws IOException {
        try (UntrustedPdf untrusted = UntrustedPdf.open(pdf)) {
            Optional<Source> source = source(untrusted);
            T result = reading.read(untrusted, source);
            untrusted.checked();
            return result;
        } catch (PdfProblem | NotIntact e) {
            throw e;
        } catch (InvalidPasswordException e) {
            // Encrypted with a user password: PDFBox could not even open it.
            throw new PdfProblem(e, "pdf.encrypted");
        } catch (IOException | RuntimeException e) {
            // PDFBox reads hostile files with care, but a broken structure can still surface as a
            // runtime exception; to the caller it is a file that is not a readable PDF. PDFBox's own
            // words ("Header doesn't contain versioninfo") are English, and chosen by the file: the
            // problem is said in the caller's language, the exception kept as the cause.
            throw new PdfProblem(e, isPdf(pdf) ? "pdf.damaged" : "pdf.notPdf");
        } catch (StackOverflowError e) {
            // PDFBox follows some structures (a page tree, nested forms) recursively; the reading is
            // abandoned whole, so nothing is left in a broken state.
            throw new PdfProblem(e, "pdf.tooDeep");
        }
    }

    /** Whether {@code pdf} begins as a PDF does, with {@code %PDF-} in its first kilobyte, as readers accept it. */
    private static boolean isPdf(byte[] pdf) {
        String start = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    private static Optional<Source> source(UntrustedPdf untrusted) throws IOException {
        PDDocumentNameDictionary names = untrusted.document().getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode files = names == null ? null : names.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> entries = files == null ? null : files.getNames();
        for (Map.Entry<String, PDComplexFileSpecification> entry : entries == null ? Map.<String, PDComplexFileSpecification>of().entrySet() : entries.entrySet()) {
            PDComplexFileSpecification specification = entry.getValue();
            String relationship = specification.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"));
            PDEmbeddedFile file = specification.getEmbeddedFileUnicode() != null
                    ? specification.getEmbeddedFileUnicode() : specification.getEmbeddedFile();
            // A part PDFBox could not read is no reason to go on as if it were not there, when it was refused.
            untrusted.checked();
            if ("Source".equals(relationship) && file != null) {
                return Optional.of(new Source(entry.getKey(), bounded(file)));
            }
        }
        untrusted.checked();
        return Optional.empty();
    }

    /** The embedded file's bytes, decoded through bounded filters: never more than the limit is expanded. */
    private static byte[] bounded(PDEmbeddedFile file) throws IOException {
        try (InputStream in = StreamDecoding.open(file.getCOSObject(), MAX_SOURCE_BYTES)) {
            return in.readAllBytes();
        } catch (StreamDecoding.TooLarge e) {
            throw new PdfProblem(e, "pdf.sourceTooLarge", "max", MAX_SOURCE_BYTES);
        }
    }

    /**
     * The checks, in the order they are reported: the recorded SHA-256, the printed one (when the
     * pages were read, {@code printed} not null), UTF-8, and the agreement file (when given).
     */
    private static List<Verification.Check> checks(Source source, List<String> recorded, Set<String> printed,
                                                   String agreementName, byte[] agreement, Texts texts) {
        String sha256 = sha256(source.content());
        List<Verification.Check> checks = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>(recorded);
        if (distinct.isEmpty()) {
            checks.add(new Verification.Check(false, texts.get("recorded.none")));
        } else if (distinct.size() > 1) {
            checks.add(new Verification.Check(false, texts.get("recorded.several", "values", shown(distinct))));
        } else if (!distinct.contains(sha256)) {
            checks.add(new Verification.Check(false, texts.get("recorded.changed", "sha256", sha256,
                    "values", shown(distinct))));
        } else {
            checks.add(new Verification.Check(true, texts.get("recorded.same", "sha256", sha256)));
        }
        if (printed != null) {
            if (printed.isEmpty()) {
                checks.add(new Verification.Check(false, texts.get("printed.none")));
            } else if (printed.size() > 1) {
                checks.add(new Verification.Check(false, texts.get("printed.several", "values", shown(printed))));
            } else if (!printed.contains(sha256)) {
                checks.add(new Verification.Check(false, texts.get("printed.changed", "values", shown(printed),
                        "sha256", sha256)));
            } else {
                checks.add(new Verification.Check(true, texts.get("printed.same")));
            }
        }
        int invalid = firstInvalidUtf8(source.content());
        checks.add(invalid < 0
                ? new Verification.Check(true, texts.get("utf8.valid", "size", source.content().length))
                : new Verification.Check(false, texts.get("utf8.invalid", "at", invalid + 1)));
        if (agreement != null) {
            checks.add(compare(source.content(), sha256, agreementName, agreement, texts));
        }
        return checks;
    }

    private static Verification.Check compare(byte[] source, String sha256, String name, byte[] agreement,
                                              Texts texts) {
        String shownName = Printable.cut(name, 200);
        if (Arrays.equals(source, agreement)) {
            return new Verification.Check(true, texts.get("agreement.same", "file", shownName));
        }
        int at = Arrays.mismatch(source, agreement);
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (agreement[i] == '\n') {
                line++;
            }
        }
        String where = at >= Math.min(source.length, agreement.length)
                ? texts.get("agreement.ends", "fileSize", agreement.length, "sourceSize", source.length)
                : texts.get("agreement.firstDifference", "at", at + 1, "line", line);
        return new Verification.Check(false, texts.get("agreement.differs", "file", shownName,
                "fileSha256", sha256(agreement), "sha256", sha256, "where", where));
    }

    /** Values from the file, made safe to print and cut short: a hostile file chooses them. */
    private static String shown(Set<String> values) {
        return values.stream().limit(3).map(v -> Printable.cut(v, 100)).collect(Collectors.joining(", "))
                + (values.size() > 3 ? ", …" : "");
    }

    /** The index of the first byte that is not well-formed UTF-8, or -1 when all of it is. */
    private static int firstInvalidUtf8(byte[] content) {
        ByteBuffer in = ByteBuffer.wrap(content);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(content.length), true);
        return result.isError() ? in.position() : -1;
    }

    /** The SHA-256 of {@code bytes}, in lower-case hexadecimal, as contracts print and record it. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    /** The SHA-256 of {@code bytes}. */
    static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

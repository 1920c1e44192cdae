package no.praksis.validator.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.praksis.validator.Position;

/**
 * The first step of loading: an agreement file's bytes to its text. Only well-formed UTF-8 is
 * text (the first byte that is not is a finding at its line and column), a byte order mark says
 * nothing about the agreement and is dropped, and the limits on size and lines hold before the
 * text is split into the lines that reports show.
 */
final class TextDecoder {

    /**
     * Lines kept for showing a finding in context are cut at this many characters, so that a report
     * never prints megabytes of one line (a huge scalar, a whole document in flow style).
     */
    static final int MAX_SHOWN_LINE = 1000;

    private TextDecoder() {
    }

    /**
     * An agreement's text, and its lines as reports show them.
     *
     * @param text  the text, without a byte order mark
     * @param lines the lines, each cut and made printable ({@link #shown})
     */
    record DecodedText(String text, List<String> lines) {

        /** The line and column of the code point at {@code index}. */
        Position positionOfCodePoint(int index) {
            int line = 1;
            int column = 1;
            int offset = 0;
            for (int i = 0; i < index && offset < text.length(); i++) {
                int c = text.codePointAt(offset);
                offset += Character.charCount(c);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new Position(line, column);
        }
    }

    /** Bytes that are not UTF-8; {@link #document()} is the finding. */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LoadedDocument document;

        private NotUtf8(LoadedDocument document) {
            super("encoding", null, false, false);
            this.document = document;
        }

        LoadedDocument document() {
            return document;
        }
    }

    /**
     * The text of {@code bytes}.
     *
     * @throws NotUtf8       when they are not well-formed UTF-8
     * @throws LimitExceeded when there are more bytes or lines than {@code limits} allow
     */
    static DecodedText decode(byte[] bytes, LoadLimits limits) throws NotUtf8 {
        if (bytes.length > limits.maxBytes()) {
            throw new LimitExceeded("too-large", null,
                    Map.of("size", String.valueOf(bytes.length), "limit", String.valueOf(limits.maxBytes())));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Malformed UTF-8 decodes to U+FFFD, and only then is the strict decoder run to find where:
        // one pass of the JDK's fast decoder for every well-formed file, rather than two.
        if (text.indexOf('\uFFFD') >= 0) {
            int malformed = malformedAt(bytes);
            if (malformed >= 0) {
                throw notUtf8(new String(bytes, 0, malformed, StandardCharsets.UTF_8), limits);
            }
        }
        if (text.startsWith("\uFEFF")) {
            // A byte order mark is allowed in YAML and says nothing about the agreement.
            text = text.substring(1);
        }
        int lineCount = lineCount(text);
        if (lineCount > limits.maxLines()) {
            // Judged before the lines are split out: a file of a million empty comments would
            // otherwise take a hundred megabytes as line strings.
            throw new LimitExceeded("too-many-lines", new Position(limits.maxLines() + 1, 1),
                    Map.of("lines", String.valueOf(lineCount), "limit", String.valueOf(limits.maxLines())));
        }
        return new DecodedText(text, shown(text.lines().toList()));
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1 when all are. */
    private static int malformedAt(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decoded a piece at a time and thrown away: the text itself is made once, afterwards.
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            out.clear();
            if (result.isUnderflow()) {
                return -1;
            }
        }
    }

    /** The finding for a file that is not UTF-8, at the line and column of the first bad byte. */
    private static NotUtf8 notUtf8(String before, LoadLimits limits) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String last = before.substring(lineStart);
        Position at = new Position(line, last.length() + 1);
        // Only the offending line is shown; the lines before it are not needed.
        List<String> lines = line > limits.maxLines() ? List.of()
                : shown(Stream.concat(Collections.nCopies(line - 1, "").stream(), Stream.of(last)).toList());
        return new NotUtf8(LoadedDocument.failed(lines, "encoding", at, Map.of()));
    }

    /** The number of lines as {@link String#lines()} counts them. */
    private static int lineCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? count : count + 1;
    }

    /**
     * The lines as shown in reports: a very long line is cut, with an ellipsis, and made printable
     * ({@link Printable}).
     */
    private static List<String> shown(List<String> lines) {
        if (lines.stream().noneMatch(line -> line.length() > MAX_SHOWN_LINE || !Printable.harmless(line))) {
            return lines;
        }
        return lines.stream().map(line -> Printable.cut(line, MAX_SHOWN_LINE)).toList();
    }
}

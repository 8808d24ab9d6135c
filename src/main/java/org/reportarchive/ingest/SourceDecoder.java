package org.reportarchive.ingest;

import java.util.List;
import java.util.Optional;
import org.reportarchive.model.Removal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a seed into text: UTF-8 with or without a byte-order mark, UTF-16 with one (or without, told
 * by where its NUL bytes stand), and the Chinese
 * legacy encodings GB18030 (and so GBK and GB2312) and Big5, which juniversalchardet tells apart; line ends
 * LF, CRLF or CR all become LF. Text in any other encoding, text that is not valid in the encoding found, and
 * binary files are refused with a message that says what to do.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    /**
     * The decoded text and the encoding it was read in ({@code UTF-8}, {@code GB18030}), what held it when it was not
     * a text of its own ({@code JSON export}, {@code mail (text/plain)}, or null), and what the decoding took off or
     * read as other characters, by line: a container's fields or headers, characters no reader sees, a page's
     * character references.
     */
    public record Decoded(String text, String encoding, String container, List<Removal> references) {

        static Decoded of(String text, String encoding, String file) throws IngestException {
            return of(text, encoding, null, List.of(), file);
        }

        private static Decoded of(String text, String encoding, String container, List<Removal> held, String file)
                throws IngestException {
            Optional<DataExport.Unwrapped> export = DataExport.unwrap(text, file);
            String read = export.map(DataExport.Unwrapped::text).orElse(text);
            InvisibleCharacters.Cleaned cleaned = InvisibleCharacters.clean(read);
            CharacterReferences.Restored restored = CharacterReferences.restore(cleaned.text());
            SmallForms.Restored marks = SmallForms.restore(restored.text());
            LetterSpacing.Cleaned unspaced = LetterSpacing.clean(marks.text());
            List<Removal> removals = Removal.inLineOrder(held, Removal.inLineOrder(cleaned.marks(),
                    Removal.inLineOrder(restored.references(), Removal.inLineOrder(marks.marks(), unspaced.marks()))));
            if (export.isPresent()) {
                removals = Removal.inLineOrder(export.get().fields(), removals);
            }
            String holder = export.map(e -> (container == null ? "" : container + ", ") + e.form() + " export")
                    .orElse(container);
            return new Decoded(unspaced.text(), encoding, holder, removals);
        }
    }

    /** The largest seed read: the longest reports are a few hundred kilobytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public static Decoded decode(byte[] bytes, String file) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(file, 0, "the file is empty; put the report's text in it or remove it");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException(file, 0, String.format(java.util.Locale.ROOT, "the file is %.1f MB, far more"
                    + " than a report (at most %d MB); check that it holds one report as text", bytes.length / 1048576.0,
                    MAX_BYTES / 1048576));
        }
        Optional<MimeSource.Read> mime = MimeSource.read(bytes, file);
        if (mime.isPresent()) {
            return Decoded.of(normaliseLineEnds(mime.get().text()), "MIME", mime.get().form(), mime.get().headers(), file);
        }
        Decoded plain = plain(bytes, file);
        return Decoded.of(plain.text(), plain.encoding(), file);
    }

    /** The text of a file's bytes in the encoding they are in, its line ends LF, nothing else done to it. */
    static String decodeText(byte[] bytes, String file) throws IngestException {
        return plain(bytes, file).text();
    }

    private static Decoded plain(byte[] bytes, String file) throws IngestException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        String name = "UTF-8";
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
            name = "UTF-8 (BOM)";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
            name = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
            name = "UTF-16BE";
        }
        if (charset == StandardCharsets.UTF_8 && looksBinary(bytes)) {
            Charset utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return new Decoded(normaliseLineEnds(strictDecode(bytes, 0, utf16, file)), utf16.name() + " (no BOM)", null, List.of());
            }
            throw new IngestException(file, 0,
                    "this is not a text file (it contains NUL bytes); save the report as plain text (.txt)");
        }
        if (charset == StandardCharsets.UTF_8 && skip == 0) {
            String utf8 = utf8(bytes); // most seeds: read once
            if (utf8 != null) {
                return new Decoded(normaliseLineEnds(utf8), name, null, List.of());
            }
            Charset legacy = legacyChinese(bytes, file);
            if (legacy == StandardCharsets.UTF_8) {
                Decoded mixed = mixed(bytes, file);
                if (mixed != null) {
                    return mixed;
                }
            }
            return new Decoded(normaliseLineEnds(strictDecode(bytes, 0, legacy, file)), legacy.name(), null, List.of());
        }
        String text = strictDecode(bytes, skip, charset, file);
        return new Decoded(normaliseLineEnds(text), name, null, List.of());
    }

    /** The bytes as UTF-8 text, or null if they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 text with a few lines pasted in from a GB18030 (GBK) file, as a copy put together from two sources can be:
     * each line that is not valid UTF-8 but reads as GB18030 text (Chinese characters and punctuation) is read so, and
     * the encoding names those lines. Null when a line reads as neither, or most lines are not UTF-8.
     */
    private static Decoded mixed(byte[] bytes, String file) throws IngestException {
        Charset gb = Charset.forName("GB18030");
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> legacy = new java.util.ArrayList<>();
        int start = 0;
        int line = 1;
        int lines = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            byte[] part = java.util.Arrays.copyOfRange(bytes, start, i);
            String read = utf8(part);
            if (read == null) {
                read = strict(part, gb);
                if (read == null || !readable(read) || read.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                    return null;
                }
                legacy.add(line);
            }
            text.append(read);
            if (i < bytes.length) {
                text.append('\n');
            }
            lines++;
            line++;
            start = i + 1;
        }
        if (legacy.isEmpty() || legacy.size() * 2 > lines) {
            return null;
        }
        String which = legacy.size() <= 5 ? legacy.stream().map(String::valueOf).collect(
                java.util.stream.Collectors.joining(", ")) : legacy.size() + " lines";
        return new Decoded(normaliseLineEnds(text.toString()), "GB18030 on line" + (legacy.size() == 1 ? " " : "s ")
                + which + ", UTF-8 elsewhere", null, List.of());
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** GB18030 or Big5, as juniversalchardet detects it (or UTF-8 with errors); anything else is refused. */
    private static Charset legacyChinese(byte[] bytes, String file) throws IngestException {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String found = detector.getDetectedCharset();
        if (found != null) {
            switch (found.toUpperCase(java.util.Locale.ROOT)) {
                case "GB18030", "GBK", "GB2312", "HZ-GB-2312" -> {
                    return Charset.forName("GB18030");
                }
                case "BIG5", "BIG5-HKSCS", "EUC-TW" -> {
                    return Charset.forName("Big5-HKSCS");
                }
                case "UTF-8" -> {
                    return StandardCharsets.UTF_8; // mostly UTF-8 with a bad stretch: reported with its line
                }
                default -> throw new IngestException(file, 0, "the text is in " + found
                        + ", not UTF-8, GB18030/GBK or Big5; save the file as UTF-8");
            }
        }
        throw new IngestException(file, 0, "the encoding of the text cannot be recognised (it is not UTF-8,"
                + " GB18030/GBK or Big5); save the file as UTF-8");
    }

    private static String strictDecode(byte[] bytes, int skip, Charset charset, String file) throws IngestException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstBadByte(bytes, skip, charset);
            throw new IngestException(file, line, "the text is not valid " + charset.name()
                    + (charset == StandardCharsets.UTF_8 ? "" : " (the encoding it seems to be in)")
                    + "; save the file as UTF-8");
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * UTF-16 saved without a byte-order mark, as some editors do: an even number of bytes that decode, in one of
     * the two byte orders, to lines of text (line ends, no other control characters) mostly in Chinese characters,
     * Latin letters, digits and punctuation. The other byte order turns every line end into a letter of some
     * other script. Null for anything else.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.indexOf('\n') >= 0 && readable(text)) {
                    return charset;
                }
            } catch (CharacterCodingException e) {
                // not this byte order
            }
        }
        return null;
    }

    /** No control characters but line ends and tabs, and nine in ten characters Chinese, Latin or punctuation. */
    private static boolean readable(String text) {
        int usual = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (c < 0x7F || (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F)) {
                usual++;
            }
        }
        return usual * 10 >= text.length() * 9;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * CRLF and CR become LF, and so do the other characters that end a line: Unicode's line and paragraph separators
     * (U+2028, U+2029), the next-line control (U+0085) and a word processor's line break saved as text (a vertical
     * tab, U+000B).
     */
    public static String normaliseLineEnds(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        for (char end : new char[] {'\u2028', '\u2029', '\u0085', '\u000B'}) {
            lf = lf.indexOf(end) < 0 ? lf : lf.replace(end, '\n');
        }
        return lf;
    }
}

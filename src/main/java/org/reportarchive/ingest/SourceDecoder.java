package org.reportarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a seed into text: UTF-8 with or without a byte-order mark, or UTF-16 with one; line ends
 * LF, CRLF or CR all become LF. Text that is not valid in its encoding is refused, never guessed at.
 */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes, String file) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(file, 0, "the file is empty; put the report's text in it or remove it");
        }
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
            throw new IngestException(file, 0,
                    "this is not a text file (it contains NUL bytes); save the report as plain text (.txt)");
        }
        String text = strictDecode(bytes, skip, charset, file);
        return new Decoded(normaliseLineEnds(text), name);
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

    /** CRLF and CR become LF. */
    public static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

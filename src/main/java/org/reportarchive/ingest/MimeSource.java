package org.reportarchive.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * A report saved as MIME rather than text: a browser's web archive of a page ({@code .mht}: the page's HTML,
 * quoted-printable or base64, with its images), or a mail saved whole ({@code .eml}: headers, a body in base64 or
 * quoted-printable, perhaps an HTML alternative and the report attached as a file). Apache James Mime4j reads the
 * parts, their transfer encodings and charsets; the report is the part with the most text (the page's HTML, a
 * mail's body or its attached text), read in its own charset (or, when it names none, as a seed is). A mail's
 * headers (who sent it, to whom, when, its subject) stand over its text as a mail shows them, and are read as a
 * message's headers are (see {@link MailAttachment}); a web archive's (its page's address, title and day) are listed
 * as the archive's fields.
 */
final class MimeSource {

    /** The report's text, the lines listed for the headers, and what the file was. */
    record Read(String text, List<Removal> headers, String form) {
    }

    /** A header line: its name, a colon. */
    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{1,40}:([ \\t].*)?$");
    /** The headers a MIME file has at its start. */
    private static final Pattern MIME_HEADER = Pattern.compile("(?im)^(MIME-Version|Content-Type):");
    /** The headers listed for a reader: who, when, what. */
    private static final List<String> SHOWN = List.of("From", "To", "Cc", "Date", "Subject",
            "Snapshot-Content-Location", "Content-Location");
    /** The most bytes of headers looked through for the MIME ones. */
    private static final int HEAD = 16 * 1024;

    private MimeSource() {
    }

    /** Whether the bytes start as a MIME message does: header lines, one of them MIME's own, before a blank line. */
    static boolean isMime(byte[] bytes) {
        int start = 0;
        while (start < bytes.length && (bytes[start] == '\n' || bytes[start] == '\r' || bytes[start] == ' ')) {
            start++;
        }
        int name = start;
        while (name < bytes.length && name - start <= 40 && (Character.isLetterOrDigit(bytes[name]) || bytes[name] == '-')) {
            name++;
        }
        if (name == start || name >= bytes.length || bytes[name] != ':') {
            return false; // (the common case: the first line is no header, decided from its first bytes)
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n");
        int crlf = head.indexOf("\r\n\r\n");
        end = end < 0 ? crlf : crlf < 0 ? end : Math.min(end, crlf);
        if (end < 0) {
            return false;
        }
        String headers = head.substring(0, end);
        String first = headers.strip().lines().findFirst().orElse("");
        return HEADER.matcher(first).matches() && MIME_HEADER.matcher(headers).find();
    }

    /** The report in a MIME file, or empty when the file is none or holds no text. */
    static Optional<Read> read(byte[] bytes, String file) throws IngestException {
        if (!isMime(bytes)) {
            return Optional.empty();
        }
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        Message message;
        try {
            message = builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, 0, "the file reads as a saved mail or web page (MIME) but its parts cannot"
                    + " be read (" + e.getMessage() + "); save the report as plain text (.txt)");
        }
        List<String> texts = new ArrayList<>();
        List<String> types = new ArrayList<>();
        collect(message, texts, types, file);
        int best = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (best < 0 || shown(texts.get(i)) > shown(texts.get(best))) {
                best = i;
            }
        }
        if (best < 0 || texts.get(best).isBlank()) {
            throw new IngestException(file, 0, "the saved mail or web page (MIME) holds no text part; save the report"
                    + " as plain text (.txt)");
        }
        boolean archive = message.getHeader().getField("Snapshot-Content-Location") != null
                || "multipart/related".equalsIgnoreCase(message.getMimeType());
        List<Removal> headers = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (Field f : message.getHeader().getFields()) {
            if (SHOWN.stream().anyMatch(n -> n.equalsIgnoreCase(f.getName())) && f.getBody() != null
                    && !f.getBody().isBlank()) {
                String line = f.getName() + ": " + DecoderUtil.decodeEncodedWords(
                        value(f).replaceAll("\\s+", " ").strip(), DecodeMonitor.SILENT);
                if (archive) {
                    headers.add(new Removal(1, RemovalReason.EXPORT_FIELD, line));
                } else {
                    shown.append(line).append('\n'); // a mail's headers over its text, as a mail shows them
                }
            }
        }
        String form = (archive ? "web archive (MHTML, " : "mail (") + types.get(best) + ")";
        return Optional.of(new Read(shown + texts.get(best), headers, form));
    }

    /**
     * A header's value: as MIME writes it, in ASCII with encoded words (=?gb2312?B?…?=); or, where a mailer or a
     * browser wrote it in its own encoding (由 Windows Internet Explorer 8 保存, in GBK), read as UTF-8 or GB18030.
     */
    private static String value(Field field) {
        byte[] raw = field.getRaw() == null ? new byte[0] : field.getRaw().toByteArray();
        for (byte b : raw) {
            if (b < 0) {
                for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8,
                        java.nio.charset.Charset.forName("GB18030"))) {
                    try {
                        String line = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
                        int colon = line.indexOf(':');
                        return colon < 0 ? field.getBody() : line.substring(colon + 1);
                    } catch (CharacterCodingException e) {
                        // another encoding
                    }
                }
                return field.getBody();
            }
        }
        return field.getBody();
    }

    /** How much text a part shows a reader: its characters, an HTML part's without its tags. */
    private static int shown(String text) {
        return (text.indexOf('<') >= 0 ? org.jsoup.Jsoup.parse(text).text() : text).strip().length();
    }

    /** Each text part of an entity, in order, with its type: a page, a body, an attached text file. */
    private static void collect(Entity entity, List<String> texts, List<String> types, String file)
            throws IngestException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, texts, types, file);
            }
            return;
        }
        if (body instanceof Message inner) {
            collect(inner, texts, types, file);
            return;
        }
        String type = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        String name = entity.getFilename() == null ? "" : entity.getFilename().toLowerCase(Locale.ROOT);
        boolean textFile = name.endsWith(".txt") || name.endsWith(".htm") || name.endsWith(".html");
        if (!(type.equals("text/plain") || type.equals("text/html") || textFile) || !(body instanceof SingleBody single)) {
            return; // an image, a style sheet, a document in another format
        }
        try {
            String text;
            Field contentType = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
            boolean named = contentType != null && contentType.getBody() != null
                    && contentType.getBody().toLowerCase(Locale.ROOT).contains("charset");
            byte[] bytes = readAll(single.getInputStream());
            String declared = named ? strictly(bytes, entity.getCharset()) : null;
            if (declared != null && !textFile) {
                text = declared;
            } else {
                // no charset named, or one its bytes are not in (a mail's source pasted into a UTF-8 file), or an
                // attached file: read as a seed is, its encoding told from its bytes
                text = SourceDecoder.decodeText(bytes, file);
            }
            texts.add(text);
            types.add(name.isEmpty() ? type : name);
        } catch (IOException e) {
            throw new IngestException(file, 0, "a part of the saved mail or web page cannot be read (" + e.getMessage()
                    + "); save the report as plain text (.txt)");
        }
    }

    /** The bytes in a charset, or null when the charset is unknown or they are not valid in it. */
    private static String strictly(byte[] bytes, String charset) {
        try {
            return java.nio.charset.Charset.forName(charset).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}

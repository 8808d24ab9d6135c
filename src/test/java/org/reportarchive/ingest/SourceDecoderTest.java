package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = "各位代表：\n报告。".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(plain);
        assertEquals("各位代表：\n报告。", SourceDecoder.decode(plain, "a.txt").text());
        SourceDecoder.Decoded withBom = SourceDecoder.decode(bom.toByteArray(), "b.txt");
        assertEquals("各位代表：\n报告。", withBom.text());
        assertEquals("UTF-8 (BOM)", withBom.encoding());
    }

    @Test
    void normalisesCrlfAndCrToLf() throws Exception {
        assertEquals("一\n二\n三\n", SourceDecoder.decode("一\r\n二\r三\n".getBytes(StandardCharsets.UTF_8), "a.txt").text());
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = "\uFEFF人大报告".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("人大报告", SourceDecoder.decode(le, "le.txt").text());
        byte[] be = "\uFEFF人大报告".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("人大报告", SourceDecoder.decode(be, "be.txt").text());
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() {
        byte[] bytes = "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        IngestException e = assertThrows(IngestException.class, () -> SourceDecoder.decode(bad, "bad.txt"));
        assertEquals("bad.txt:3: the text is not valid UTF-8; save the file as UTF-8", e.getMessage());
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        IngestException empty = assertThrows(IngestException.class, () -> SourceDecoder.decode(new byte[0], "e.txt"));
        assertTrue(empty.getMessage().startsWith("e.txt: the file is empty"));
        IngestException binary = assertThrows(IngestException.class,
                () -> SourceDecoder.decode(new byte[] {1, 0, 2, 0}, "b.txt"));
        assertTrue(binary.getMessage().contains("not a text file"));
    }
}

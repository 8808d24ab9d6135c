package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theSamePartsGiveTheSameKeyInEveryProcess() {
        String key = new Fingerprint("ingest").add("2021-leshan-report").add("乐山市人大常委会工作报告").hex();
        assertEquals(key, new Fingerprint("ingest").add("2021-leshan-report").add("乐山市人大常委会工作报告").hex());
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        // MurmurHash3 x64 128 (seed 0) of the parts, each after its length (4 bytes, little-endian) and a marker
        // byte, as another implementation of the hash computes it: a key the cache kept is found by the next build
        assertEquals("929feae3121479651112a0d576b04223", key);
    }

    @Test
    void partsAreToldApartWhereTheyMeet() {
        assertNotEquals(new Fingerprint("p").add("ab").add("c").hex(), new Fingerprint("p").add("a").add("bc").hex());
        assertNotEquals(new Fingerprint("p").add((String) null).hex(), new Fingerprint("p").add("").hex());
        assertNotEquals(new Fingerprint("p").add("x").hex(), new Fingerprint("q").add("x").hex());
    }

    @Test
    void aFileIsComparedByTheDigestOfItsBytes() {
        byte[] page = "<p>四个机关</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(SiteWriter.hash(page), SiteWriter.hash(page.clone()));
        byte[] edited = "<p>四个機关</p>".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(SiteWriter.hash(page), SiteWriter.hash(edited));
    }
}

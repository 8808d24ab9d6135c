package org.reportarchive.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.JsonArrayFile;
import org.reportarchive.model.TermOccurrence;

/** The glossary's export, made entry by entry, is what one generator writing the whole file writes. */
class GlossaryJsonTest {

    @Test
    void entriesMadeApartJoinAsOneFileAndEscapeCharactersBeyondTheBmpAsItDoes() throws Exception {
        // 𠮷 lies beyond the Basic Multilingual Plane
        var first = TermMatcherTest.entry("ji-xiang", "𠮷祥");
        var second = TermMatcherTest.entry("liang-yuan", "两院");
        List<TermOccurrence> occ = List.of(new TermOccurrence("ji-xiang", "r1", "p2", 2, 0, "𠮷祥", "", "。", true));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (JsonArrayFile json = new JsonArrayFile(file)) {
            json.add(GlossaryJson.entry(first, occ));
            json.add(GlossaryJson.entry(second, List.of()));
        }
        String text = file.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"term\" : \"\\uD842\\uDFB7祥\""), text);

        // one generator writing the same values: the same indentation and separators
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode parsed = mapper.readTree(text);
        try (JsonGenerator g = mapper.getFactory().createGenerator(whole)) {
            g.useDefaultPrettyPrinter();
            mapper.writeTree(g, parsed);
        }
        assertEquals(whole.toString(StandardCharsets.UTF_8) + "\n", text);
        assertEquals("𠮷祥", parsed.get(0).get("term").asText());
        assertEquals("p2", parsed.get(0).get("occurrences").get(0).get("paragraph").asText());
        assertEquals(2, parsed.size());
    }
}

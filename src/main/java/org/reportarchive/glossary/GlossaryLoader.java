package org.reportarchive.glossary;

import org.reportarchive.text.TextFolding;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.TermSource;

/**
 * Reads the curated glossary: one YAML file per entry in {@code content/glossary/}, named by the entry's slug.
 * Problems are one-line errors naming the file.
 */
public final class GlossaryLoader {

    /** Longest short definition, in characters: it is shown in a tooltip. */
    public static final int MAX_DEFINITION = 120;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record SourceFile(@JsonProperty("kind") String kind, @JsonProperty("title") String title,
                              @JsonProperty("date") String date) {
    }

    private record EntryFile(@JsonProperty("term") String term, @JsonProperty("aliases") List<String> aliases,
                             @JsonProperty("definition") String definition,
                             @JsonProperty("explanation") String explanation,
                             @JsonProperty("source") SourceFile source, @JsonProperty("scope") String scope,
                             @JsonProperty("related") List<String> related, @JsonProperty("english") String english,
                             @JsonProperty("pinyin") String pinyin) {
    }

    private GlossaryLoader() {
    }

    /** Loads every entry; a missing folder is an empty glossary. */
    public static List<GlossaryEntry> load(Path dir) throws IOException, IngestException {
        List<GlossaryEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            entries.add(read(f));
        }
        validate(entries);
        return entries;
    }

    static GlossaryEntry read(Path file) throws IngestException, IOException {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".yaml".length());
        EntryFile e;
        try {
            e = YAML.readValue(file.toFile(), EntryFile.class);
        } catch (UnrecognizedPropertyException x) {
            throw new IngestException("glossary/" + name, x.getLocation() == null ? 0 : x.getLocation().getLineNr(),
                    "unknown key '" + x.getPropertyName() + "'; allowed keys are term, aliases, definition,"
                            + " explanation, source, scope, related, english, pinyin");
        } catch (JsonProcessingException x) {
            throw new IngestException("glossary/" + name, x.getLocation() == null ? 0 : x.getLocation().getLineNr(),
                    "not valid YAML (" + x.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        String where = "glossary/" + name;
        if (e == null || blank(e.term()) || blank(e.definition())) {
            throw new IngestException(where, 0, "an entry needs a 'term' and a 'definition'");
        }
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IngestException(where, 0, "the file name is the entry's URL: use lower-case pinyin syllables"
                    + " joined by hyphens, e.g. si-ge-ji-guan.yaml");
        }
        String definition = e.definition().strip();
        if (definition.codePointCount(0, definition.length()) > MAX_DEFINITION) {
            throw new IngestException(where, 0, "the definition has " + definition.codePointCount(0, definition.length())
                    + " characters; shorten it to " + MAX_DEFINITION + " (the full text goes in 'explanation')");
        }
        if (e.source() == null || blank(e.source().kind()) || blank(e.source().title())) {
            throw new IngestException(where, 0, "an entry needs a 'source' with 'kind' and 'title'");
        }
        return new GlossaryEntry(slug, e.term().strip(), e.aliases() == null ? List.of() : e.aliases(), definition,
                e.explanation() == null ? null : e.explanation().strip(),
                new TermSource(e.source().kind(), e.source().title(), e.source().date(), null, null),
                blank(e.scope()) ? GlossaryEntry.NATIONAL : e.scope(),
                e.related() == null ? List.of() : e.related(), e.english(), e.pinyin(), List.of());
    }

    /** Related entries exist, and no two entries claim the same term or alias. */
    private static void validate(List<GlossaryEntry> entries) throws IngestException {
        Map<String, String> slugs = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        for (GlossaryEntry e : entries) {
            slugs.put(e.slug(), e.term());
        }
        for (GlossaryEntry e : entries) {
            for (String r : e.related()) {
                if (!slugs.containsKey(r)) {
                    throw new IngestException("glossary/" + e.slug() + ".yaml", 0,
                            "related entry '" + r + "' does not exist; use the file name of another entry");
                }
            }
            for (String s : e.surfaces()) {
                String key = TextFolding.fold(s);
                String other = surfaces.putIfAbsent(key, e.slug());
                if (other != null && !other.equals(e.slug())) {
                    throw new IngestException("glossary/" + e.slug() + ".yaml", 0, "'" + s
                            + "' is already a term or alias of " + other + ".yaml; keep it in one entry");
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

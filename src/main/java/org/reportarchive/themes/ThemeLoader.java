package org.reportarchive.themes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.model.Theme;

/** Reads the theme taxonomy: one YAML file per theme in {@code content/themes/}, named by its slug. */
public final class ThemeLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record ThemeFile(@JsonProperty("name") String name, @JsonProperty("order") Integer order,
                             @JsonProperty("description") String description,
                             @JsonProperty("keywords") LinkedHashMap<String, Integer> keywords) {
    }

    private ThemeLoader() {
    }

    public static List<Theme> load(Path dir) throws IOException, IngestException {
        List<Theme> themes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return themes;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            themes.add(read(f));
        }
        themes.sort(Comparator.comparingInt(Theme::order).thenComparing(Theme::slug));
        return themes;
    }

    static Theme read(Path file) throws IOException, IngestException {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - ".yaml".length());
        String where = "themes/" + name;
        ThemeFile t;
        try {
            t = YAML.readValue(file.toFile(), ThemeFile.class);
        } catch (JsonProcessingException e) {
            throw new IngestException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not a valid theme (" + e.getOriginalMessage().lines().findFirst().orElse("")
                            + "); a theme has name, order, description and keywords");
        }
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IngestException(where, 0, "the file name is the theme's URL: lower-case letters, digits, hyphens");
        }
        if (t == null || t.name() == null || t.description() == null || t.keywords() == null || t.keywords().isEmpty()) {
            throw new IngestException(where, 0, "a theme needs a name, a description and keywords");
        }
        Map<String, Integer> keywords = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> k : t.keywords().entrySet()) {
            int w = k.getValue() == null ? 1 : k.getValue();
            if (w < 1 || w > 3) {
                throw new IngestException(where, 0, "keyword '" + k.getKey() + "' has weight " + w + "; use 1, 2 or 3");
            }
            keywords.put(k.getKey().strip(), w);
        }
        return new Theme(slug, t.name(), t.order() == null ? 100 : t.order(), t.description().strip(), keywords);
    }
}

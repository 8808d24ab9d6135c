package org.reportarchive.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.reportarchive.model.Kind;

/**
 * The optional metadata file next to a seed ({@code seeds/NAME.yaml}): what the text does not say, or says
 * wrongly. Every key is optional; a value given here overrides what was read from the text.
 */
public record Sidecar(@JsonProperty("id") String id,
                      @JsonProperty("title") String title,
                      @JsonProperty("place") String place,
                      @JsonProperty("city") String city,
                      @JsonProperty("province") String province,
                      @JsonProperty("date") String date,
                      @JsonProperty("year") Integer year,
                      @JsonProperty("congress") Integer congress,
                      @JsonProperty("session") Integer session,
                      @JsonProperty("speaker") String speaker,
                      @JsonProperty("office") String office,
                      @JsonProperty("kind") String kind,
                      @JsonProperty("incomplete") Boolean incomplete,
                      @JsonProperty("publication") String publication) {

    public static final String KEYS =
            "id, title, place, city, province, date, year, congress, session, speaker, office, kind, incomplete,"
                    + " publication";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static Sidecar empty() {
        return new Sidecar(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The sidecar for a seed file ({@code NAME.yaml} or {@code NAME.yml} beside {@code NAME.txt}), if any. */
    public static Optional<Path> locate(Path seed) {
        String name = seed.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : new String[] {".yaml", ".yml"}) {
            Path p = seed.resolveSibling(base + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Sidecar read(Path file) throws IngestException {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return empty();
            }
            Sidecar s = YAML.readValue(bytes, Sidecar.class);
            return s == null ? empty() : s.validated(name);
        } catch (UnrecognizedPropertyException e) {
            throw new IngestException(name, keyLine(file, e.getPropertyName(), line(e.getLocation())),
                    "unknown key '" + e.getPropertyName() + "'; allowed keys are " + KEYS);
        } catch (JsonProcessingException e) {
            throw new IngestException(name, line(e.getLocation()),
                    "not valid YAML (" + firstLine(e.getOriginalMessage()) + "); write one 'key: value' per line");
        } catch (IOException e) {
            throw new IngestException(name, 0, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** The line on which a key is written (Jackson reports where it stopped reading, often the line after). */
    private static int keyLine(Path file, String key, int fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key + ":") || lines.get(i).strip().startsWith(key + " :")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return fallback;
        }
        return fallback;
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static String firstLine(String s) {
        return s == null ? "syntax error" : s.lines().findFirst().orElse(s);
    }

    private Sidecar validated(String file) throws IngestException {
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IngestException(file, 0, "date '" + date + "' is not a date; write it as YYYY-MM-DD");
            }
        }
        if (kind != null) {
            try {
                Kind.fromCode(kind);
            } catch (IllegalArgumentException e) {
                throw new IngestException(file, 0, e.getMessage());
            }
        }
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IngestException(file, 0, "id '" + id + "' is not usable in a URL; use lower-case letters,"
                    + " digits and hyphens, e.g. 2023-chengdu-report");
        }
        for (String v : new String[] {title, place, city, province, speaker, office, publication}) {
            if (v != null && (v.contains("/") || v.contains("\\") || v.contains(".."))) {
                throw new IngestException(file, 0, "value '" + v + "' looks like a path; metadata values are"
                        + " plain text");
            }
        }
        return this;
    }

    /** The metadata fields this sidecar sets, in a fixed order. */
    public java.util.List<String> suppliedFields() {
        java.util.List<String> out = new java.util.ArrayList<>();
        Object[][] fields = {{"title", title}, {"place", place}, {"city", city}, {"province", province}, {"date", date},
            {"year", year}, {"congress", congress}, {"session", session}, {"speaker", speaker}, {"office", office},
            {"kind", kind}, {"incomplete", incomplete}, {"publication", publication}};
        for (Object[] f : fields) {
            if (f[1] != null) {
                out.add((String) f[0]);
            }
        }
        return out;
    }

    public LocalDate parsedDate() {
        return date == null ? null : LocalDate.parse(date);
    }
}

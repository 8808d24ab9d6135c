package org.reportarchive.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The metadata header JBake reads at the top of a content file: {@code key=value} lines, then {@code ~~~~~~}. */
public final class JBakeHeader {
    public static final String SEPARATOR = "~~~~~~";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JBake date of generated index pages: fixed, so that no page depends on when it was built. */
    private static final String FIXED_DATE = "2000-01-01";

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * Data for a template, as JSON on one line (templates read it with {@code ?eval_json}). An object is wrapped
     * in a one-element array: JBake would read a value that starts with a brace as data of its own.
     */
    public JBakeHeader putJson(String key, Object value) {
        Object v = value instanceof Map<?, ?> ? java.util.List.of(value) : value;
        try {
            return put(key, JSON.writeValueAsString(v));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header of a generated page: its title and type, published, with a fixed date. */
    public static JBakeHeader page(String title, String type) {
        return new JBakeHeader().put("title", title).put("date", FIXED_DATE).put("type", type)
                .put("status", "published");
    }

    public JBakeHeader put(String key, Object value) {
        if (value != null) {
            values.put(key, oneLine(String.valueOf(value)));
        }
        return this;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.append(SEPARATOR).append('\n').toString();
    }
}

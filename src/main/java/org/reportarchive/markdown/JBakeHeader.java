package org.reportarchive.markdown;

import java.util.LinkedHashMap;
import java.util.Map;

/** The metadata header JBake reads at the top of a content file: {@code key=value} lines, then {@code ~~~~~~}. */
public final class JBakeHeader {
    public static final String SEPARATOR = "~~~~~~";

    private final Map<String, String> values = new LinkedHashMap<>();

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

package org.reportarchive.markdown;

/**
 * Escapes report text for Markdown so that it renders as exactly the same text: every character that
 * Markdown, the attribute syntax or HTML would interpret gets a backslash.
 */
public final class MarkdownEscaper {

    /** Always escaped, wherever they stand. */
    private static final String ALWAYS = "\\`*_{}[]<>#|~^&!$";

    private MarkdownEscaper() {
    }

    /**
     * Escapes a line of text that will start a Markdown block. Indentation at the start of a line is layout,
     * not text, and is dropped (four spaces would make a code block).
     */
    public static String escape(String text) {
        return escapeBlockStart(escapeInline(text.replaceAll("(?m)^[ \t]+", "")));
    }

    /** Escapes text that continues a line (no block syntax can start there). */
    public static String escapeInline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Escapes what would start a list, quote or thematic break at the beginning of a line ({@code - }, {@code + },
     * {@code 1. }, {@code 1) }, {@code = }), and what the attribute syntax reads at the end.
     */
    private static String escapeBlockStart(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String l = line;
            if (l.startsWith("-") || l.startsWith("+") || l.startsWith("=")) {
                l = "\\" + l;
            } else {
                int d = 0;
                while (d < l.length() && d < 9 && Character.isDigit(l.charAt(d)) && l.charAt(d) < 128) {
                    d++;
                }
                if (d > 0 && d < l.length() && (l.charAt(d) == '.' || l.charAt(d) == ')')) {
                    l = l.substring(0, d) + "\\" + l.substring(d);
                }
            }
            out.append(l);
        }
        return out.toString();
    }
}

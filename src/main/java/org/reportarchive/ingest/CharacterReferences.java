package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * A web page's character references left in a copy of its text ({@code &nbsp;}, {@code &ldquo;}, {@code &#8220;}):
 * each is read as the character the page showed, and listed with its line, so that the reader sees what was
 * restored. A reference jsoup does not know, or an ampersand in running text (R&amp;D), stays as written.
 */
final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** The text with its references restored, and each one restored, by line, as written. */
    record Restored(String text, List<Removal> references) {
    }

    private CharacterReferences() {
    }

    static Restored restore(String text) {
        if (text.indexOf('&') < 0) {
            return new Restored(text, List.of());
        }
        List<Removal> found = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            Matcher m = REFERENCE.matcher(lines[i]);
            int last = 0;
            List<String> seen = new ArrayList<>();
            while (m.find()) {
                String character = Parser.unescapeEntities(m.group(), false);
                if (character.equals(m.group()) || character.chars().anyMatch(Character::isISOControl)) {
                    continue; // not a reference jsoup knows, or a line break or tab (&#10;): it stays as written
                }
                out.append(lines[i], last, m.start()).append(character);
                last = m.end();
                if (!seen.contains(m.group())) {
                    seen.add(m.group());
                    found.add(new Removal(i + 1, RemovalReason.MARKUP, m.group()));
                }
            }
            out.append(lines[i], last, lines[i].length());
        }
        return new Restored(out.toString(), found);
    }
}

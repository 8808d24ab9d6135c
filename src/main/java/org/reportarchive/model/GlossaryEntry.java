package org.reportarchive.model;

import java.util.List;

/**
 * An entry of the glossary.
 *
 * @param slug        stable URL name, from the term's pinyin
 * @param aliases     other spellings and short forms that mean this entry
 * @param definition  short definition for tooltips (about 120 characters at most)
 * @param explanation full explanation
 * @param scope       {@code national}, or the city whose usage this is (乐山市)
 * @param related     slugs of related entries
 * @param english     an English rendering, or null
 * @param pinyin      the term's pinyin with tone marks where an editor corrected the automatic one, or null
 * @param reportDefinitions definitions that reports give of this term themselves
 */
public record GlossaryEntry(String slug, String term, List<String> aliases, String definition, String explanation,
                            TermSource source, String scope, List<String> related, String english,
                            String pinyin, List<ReportDefinition> reportDefinitions) {
    public static final String NATIONAL = "national";

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        reportDefinitions = List.copyOf(reportDefinitions);
    }

    public boolean isNational() {
        return NATIONAL.equals(scope);
    }

    /** The term and its aliases. */
    public List<String> surfaces() {
        List<String> all = new java.util.ArrayList<>();
        all.add(term);
        all.addAll(aliases);
        return all;
    }

    public GlossaryEntry withReportDefinition(ReportDefinition d) {
        List<ReportDefinition> defs = new java.util.ArrayList<>(reportDefinitions);
        defs.add(d);
        return new GlossaryEntry(slug, term, aliases, definition, explanation, source, scope, related, english, pinyin,
                defs);
    }
}

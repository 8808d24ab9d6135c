package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.search.SearchDoc;
import org.reportarchive.search.SearchIndexWriter;
import org.reportarchive.search.SearchText;
import org.reportarchive.search.SearchUnit;

/**
 * The glossary's entries as documents of the search index: the term, its other spellings and its pinyin (a hit
 * there shows the entry above the results), the pinyin once more without tones or spaces (so that
 * {@code yidianyiku} finds 一点一库一基地), the English rendering, the definition and the explanation, each with
 * the id it has on the entry's page.
 */
public final class GlossarySearch {

    private GlossarySearch() {
    }

    /** An entry as a search document. */
    public record Doc(SearchIndexWriter.DocMeta meta, SearchDoc doc) {
    }

    /** @param markdown renders an explanation as the entry's page does */
    public static List<Doc> docs(Glossary glossary, Function<String, String> markdown) {
        List<GlossaryEntry> entries = new ArrayList<>(glossary.entries());
        entries.sort(java.util.Comparator.comparing(GlossaryEntry::slug));
        List<Doc> out = new ArrayList<>();
        for (GlossaryEntry e : entries) {
            out.add(doc(e, markdown));
        }
        return out;
    }

    static Doc doc(GlossaryEntry e, Function<String, String> markdown) {
        List<SearchUnit> units = new ArrayList<>();
        units.add(new SearchUnit("term-title", SearchUnit.NAME, e.term()));
        if (!e.aliases().isEmpty()) {
            units.add(new SearchUnit("aliases", SearchUnit.NAME, String.join("、", e.aliases())));
        }
        String pinyin = Pinyin.withToneMarks(e);
        units.add(new SearchUnit("pinyin", SearchUnit.NAME, pinyin));
        units.add(new SearchUnit("", SearchUnit.KEY, SearchText.fold(pinyin).replaceAll("[^a-z0-9]", "")));
        if (e.english() != null && !e.english().isBlank()) {
            units.add(new SearchUnit("english", SearchUnit.BODY, e.english()));
        }
        units.add(new SearchUnit("definition", SearchUnit.BODY, e.definition()));
        if (e.explanation() != null && !e.explanation().isBlank()) {
            String html = markdown.apply(GlossaryPages.escapedExplanation(e.explanation()));
            units.add(new SearchUnit("explanation-text", SearchUnit.BODY, Jsoup.parse(html).text()));
        }
        List<BitSet> none = Collections.nCopies(units.size(), null);
        String url = "glossary/" + e.slug() + ".html";
        return new Doc(new SearchIndexWriter.DocMeta(url, e.term(), GlossaryPages.scopeLabel(e), "", "术语",
                List.of()), SearchDoc.of(units, none));
    }
}

package org.reportarchive.site;

import java.util.List;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Theme;

/** Fingerprints of the archive's own data that pages and analyses depend on. */
final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * What segmentation, term matching and theme scoring read: every glossary surface with its entry and scope,
     * and every theme with its keywords and weights. Definitions and explanations are not part of it.
     */
    static String words(Glossary glossary, List<Theme> themes) {
        Fingerprint f = new Fingerprint("words");
        for (GlossaryEntry e : glossary.entries()) {
            f.add(e.slug()).add(e.scope());
            e.surfaces().forEach(f::add);
        }
        for (Theme t : themes) {
            f.add(t.slug()).add(t.order());
            t.keywords().forEach((k, v) -> f.add(k).add(v));
        }
        return f.hex();
    }

    /** Everything of every glossary entry. */
    static String glossary(Glossary glossary) {
        return json("glossary", List.copyOf(glossary.entries()));
    }

    /** Everything of every theme. */
    static String themes(List<Theme> themes) {
        return json("themes", themes);
    }

    private static String json(String purpose, Object value) {
        return new Fingerprint(purpose).addJson(value).hex();
    }
}

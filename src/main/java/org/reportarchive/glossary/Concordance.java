package org.reportarchive.glossary;

import java.io.IOException;
import java.util.List;
import org.reportarchive.model.TermOccurrence;

/**
 * Every occurrence of a glossary term across the archive, in a fixed order: reports oldest first, then block,
 * then place. Read one entry at a time, so that the archive's occurrences never have to be in memory at once.
 */
@FunctionalInterface
public interface Concordance {

    /** The occurrences of an entry in order. */
    List<TermOccurrence> of(String slug) throws IOException;

    /** A concordance held in memory (for small sets, and tests), given in order. */
    static Concordance of(List<TermOccurrence> occurrences) {
        return slug -> occurrences.stream().filter(o -> o.slug().equals(slug)).toList();
    }
}

package org.reportarchive.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A note the archive adds to a paragraph: a repair it made (a joined column break) or something it saw in
 * the source (a visible gap, a stray traditional character). Notes never change the report text.
 *
 * @param id        stable id on the page, e.g. {@code n3}
 * @param blockId   id of the paragraph the note belongs to
 * @param offset    character offset in the paragraph text where the note mark goes
 * @param message   what a reader is told, in Chinese
 * @param line      source line the note refers to
 */
public record EditorialNote(String id, NoteKind kind, String blockId, int offset, String message, int line) {

    /**
     * The notes in document order (by block, then the footnotes under the text, then offset; notes at one place keep
     * their order) and numbered {@code n1}, {@code n2} ... in that order.
     */
    public static List<EditorialNote> inDocumentOrder(List<Block> blocks, List<Footnote> footnotes,
                                                      List<EditorialNote> notes) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            position.put(blocks.get(i).id(), i);
        }
        for (int i = 0; i < footnotes.size(); i++) {
            position.put(footnotes.get(i).id(), blocks.size() + i);
        }
        List<EditorialNote> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.<EditorialNote>comparingInt(n -> position.getOrDefault(n.blockId(), -1))
                .thenComparingInt(EditorialNote::offset));
        List<EditorialNote> out = new ArrayList<>();
        for (EditorialNote n : sorted) {
            out.add(new EditorialNote("n" + (out.size() + 1), n.kind(), n.blockId(), n.offset(), n.message(),
                    n.line()));
        }
        return out;
    }
}

package org.reportarchive.model;

/** Kinds of editorial notes: repairs the archive made and problems it saw in the source. */
public enum NoteKind {
    COLUMN_BREAK("repair", "分栏断行已连接"),
    MOVED("repair", "插文已移至文末"),
    EMPTY_QUOTES("gap", "引号内无文字"),
    PHRASE_GAP("gap", "固定表述疑有缺字"),
    VARIANT_CHARACTER("observation", "繁体字"),
    FOREIGN_WORD("observation", "夹杂外文"),
    REPEATED_WORD("observation", "词语重复"),
    FOOTNOTE("observation", "注释不完整");

    private final String category;
    private final String label;

    NoteKind(String category, String label) {
        this.category = category;
        this.label = label;
    }

    /** repair, gap or observation. */
    public String category() {
        return category;
    }

    public String label() {
        return label;
    }
}

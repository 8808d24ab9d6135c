package org.reportarchive.model;

/** Why a source line is not part of the report. */
public enum RemovalReason {
    NAVIGATION("site navigation or breadcrumb", "网站导航"),
    PUBLICATION("publishing line", "发布信息"),
    CONTACT("contact details or phone number", "联系方式"),
    ADVERTISING("advertising or page text of the hosting site", "广告及网站文字"),
    COPYRIGHT("copyright or ICP footer", "版权及备案信息"),
    PAGE_MARKER("newspaper page-continuation marker", "报纸转版标记"),
    PAGE_NUMBER("page number of a printed or PDF document", "页码"),
    DUPLICATE("line duplicated by the copying", "重复行"),
    LABEL("label a website added to the title", "网站加注的标签"),
    SITE_UI("words of the website's page (font size, print, view count)", "网页界面文字"),
    MARKUP("a web page's character reference, read as its character",
            "复制时留下的网页字符代码（如 &nbsp;、&ldquo;）已还原为其所代表的字符"),
    SMALL_FORM("a small form of punctuation (﹕, ﹔), as papers in Hong Kong and Taiwan set it, read as the mark it"
            + " stands for", "原文的小号标点（如 ﹕、﹔）按其所代表的全角标点（：、；）读取"),
    FORUM_REPLY("a reply under the report on a forum", "论坛回帖"),
    COPY_METADATA("the metadata block of a Markdown copy", "复制者加注的元数据"),
    MAIL("the mail the report came attached to", "转发邮件"),
    MARKDOWN("a Markdown copy's quotation or bold marks, read as layout", "Markdown 排版符号"),
    LINE_NUMBER("the line number of a copy that numbers its lines", "行号"),
    COMMENTS("readers' comments or a reposter's commentary under the report", "网友评论及转载者点评"),
    OTHER_ARTICLE("another article printed on the same page", "同版其他文章"),
    HTML_TAG("a web page's HTML tags left in the copy, read as layout", "网页标签"),
    TABLE_OF_CONTENTS("the document's table of contents, which repeats its headings", "原文目录"),
    RUNNING_HEAD("a printed page's running head (the document's short title, the book's name)", "页眉"),
    SCAN_NOTE("a scan's note of a stamp, handwriting or the binding, not the document's print", "扫描注记"),
    TRANSCRIPT("a speech-to-text transcript's turn headers, timestamps and sound tags", "语音转写标记"),
    OTHER_SPEAKER("what another speaker said in a transcript of the meeting (its host's words)", "其他发言人的话"),
    INVISIBLE("characters no reader sees (zero-width spaces, soft hyphens), left by an editor", "不可见的格式字符"),
    LETTER_SPACING("the spaces a scan's text has between every two characters, read as layout", "逐字间隔的空格"),
    EXPORT_FIELD("a field of a site's data export (JSON, a feed) that is not the report's text", "网站导出数据的其他字段"),
    PARAGRAPH_INDENT("paragraphs' indents in a line whose breaks the copy lost, read as the paragraphs' starts",
            "各段连成一行时留下的段首缩进"),
    TABLE_FRAME("the box-drawn frame of a table set in text, read as layout", "文本表格的框线"),
    NOTE_RULE("the rule a word processor sets over the notes at a page's foot", "页下注的分隔线"),
    INFO_BOX("an encyclopedia's summary box, contents and section titles around the report", "百科信息栏及目录"),
    ORNAMENT("a post's decorative section number over a heading of the same number (01, 02 …)", "装饰性序号"),
    OTHER_SCRIPT("a line of a bilingual copy's other language (Uyghur, Kazakh, Korean, Mongolian, Tibetan or Yi),"
            + " which the Chinese text beside it gives", "双语文本的另一种文字"),
    EDITOR_NOTE("a note the publication's editor set under the text (（有删节）, 编者注：……), not the report's words",
            "编者附注"),
    EDITORS_BOX("a box the publication's editor set inside the text (■链接, 延伸阅读) and its paragraphs, not the report's"
            + " words", "编者插入的链接框"),
    SEPARATOR("a row of ornaments or a rule a page sets between the text and what it has around it (◆　◆　◆, ＊＊＊)",
            "分隔符号"),
    CONTINUATION_MARK("a poster's mark that a later post or message goes on with the report ((接上楼), 接上条), not the"
            + " report's words", "续发标记");

    private final String description;
    private final String label;

    RemovalReason(String description, String label) {
        this.description = description;
        this.label = label;
    }

    /**
     * Whether the line's text is kept and only a mark of the copy's layout is taken off it (a Markdown copy's
     * {@code >}, a numbered copy's line number, a page's HTML tags): no text is stripped.
     */
    public boolean marksLayout() {
        return this == MARKDOWN || this == LINE_NUMBER || this == HTML_TAG || this == INVISIBLE || this == LETTER_SPACING
                || this == PARAGRAPH_INDENT || this == TABLE_FRAME;
    }

    /** Whether the copy's text is not taken out but read as what it stands for (a character reference). */
    public boolean restores() {
        return this == MARKUP || this == SMALL_FORM;
    }

    /** English description for build output. */
    public String description() {
        return description;
    }

    /** Chinese label shown to readers. */
    public String label() {
        return label;
    }
}

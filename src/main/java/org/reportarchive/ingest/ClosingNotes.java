package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.text.Simplified;

/**
 * The notes a publication's editor sets under a report's last line: that the text is abridged ((本文有删节), (摘登)),
 * where the whole text is ((全文见……), (以上为报告摘要，全文详见……)), how it was taken down ((根据录音整理，未经本人审阅)), who the
 * author is ((作者系……)) or a note of the editor's own (编者注：本文根据大会印发文本整理。). They are the publication's
 * words, not the report's: the text ends above them. Notes are read in simplified characters, so that a traditional
 * copy's (有刪節) and 編者注 are read the same.
 */
final class ClosingNotes {

    /** The longest line read as such a note: an editor's note of a few sentences. */
    private static final int MAX_NOTE = 300;
    /** A note of the editor's own, bracketed or not: 编者注：……, （编者注：……）, 【编者按】…… . */
    private static final Pattern EDITORS_OWN = Pattern.compile(
            "^[（(【\\[]?(编者注|编者按|编辑按|编者附记|编者的话|编者附言)([】\\]）)][:：]?|[:：])");
    /** Where the whole text is: （全文见……）, （报告全文详见市人大网站）. */
    private static final Pattern WHOLE_ELSEWHERE = Pattern.compile(
            "^[（(]([^（）()]{0,20}[，,])?(本文|报告|讲话)?全文(详见|请见|见于?|可见|刊于|刊登于|请登录|可登录)[^（）()]{2,60}[）)]$");
    /** How the text was taken down: （根据录音整理）, （根据讲话录音整理，未经本人审阅）, （此稿未经本人审阅）. */
    private static final Pattern TAKEN_DOWN = Pattern.compile(
            "^[（(](本文|此文|此稿|本稿)?((根据|据)[^（）()]{0,20}(录音|速记|录像)[^（）()]{0,6}整理[^（）()]{0,20}"
                    + "|未经(本人|讲话人|作者)审阅)[）)]$");

    /** Who the author is, under a text: （作者系沙河口区春柳街道春柳社区党委书记）, （作者单位：……）. */
    private static final Pattern ABOUT_THE_AUTHOR = Pattern.compile(
            "^[（(](作者系|作者为|作者是|作者单位[:：])[^（）()]{2,60}[）)]$");

    private ClosingNotes() {
    }

    /**
     * Where the editor's notes under the text begin: the index of the first of the lines at the end of {@code body}
     * that are all such notes, or {@code body.size()} when the text ends on a line of its own. A text that is no
     * more than such lines keeps them.
     */
    static int start(List<SourceLine> body) {
        int start = body.size();
        while (start > 1 && isClosingNote(body.get(start - 1).text())) {
            start--;
        }
        return start;
    }

    /** Whether a note under a text (in simplified characters) says the whole text is elsewhere: （全文见……）. */
    static boolean pointsToTheWhole(String note) {
        return WHOLE_ELSEWHERE.matcher(note.strip()).matches();
    }

    /** Whether a line is an editor's note that a publication sets under a report. */
    static boolean isClosingNote(String line) {
        String t = line.strip();
        if (t.length() > MAX_NOTE) {
            return false;
        }
        t = Simplified.of(t);
        return EditorsNotes.isClosingAbridgedNote(t) || EDITORS_OWN.matcher(t).find()
                || WHOLE_ELSEWHERE.matcher(t).matches() || TAKEN_DOWN.matcher(t).matches()
                || ABOUT_THE_AUTHOR.matcher(t).matches();
    }
}

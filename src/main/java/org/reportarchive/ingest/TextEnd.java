package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Paragraph;
import org.reportarchive.text.Simplified;

/**
 * Whether a copy stops inside a sentence: its last paragraph, a sentence of running text, breaks off in a clause
 * (……完善代表建议, ……推动全市经济、). A copy cut short so is not the whole report, whether or not the page says so.
 */
final class TextEnd {

    /** The fewest characters of a last paragraph read as running text that broke off. */
    private static final int RUNNING_TEXT = 30;
    /** The marks a sentence, a quotation or a bracketed line ends on. */
    private static final String ENDS = "。！？!?…”’」』）)】》.；;";
    /** A clause's mark: a paragraph that ends on one goes on. */
    private static final String CLAUSE = "，,、：:";
    /**
     * The ways a report ends without a stop: a request, thanks, a salute, a day or a signature (以上报告，请予审议,
     * 谢谢大家, 此致 敬礼).
     */
    private static final Pattern OWN_END = Pattern.compile("(审议|审阅|谢谢|谢谢大家|敬礼|此致|报告|为盼|特此|2[0-9]{3}年[0-9一二三四五六七八九十〇○零]{1,2}月.{0,4}|人大常委会|委员会|办公室)$");

    private TextEnd() {
    }

    /** Whether the text's last paragraph breaks off in a clause. */
    static boolean breaksOff(List<Block> body) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Paragraph p)) {
            return false;
        }
        String t = Simplified.of(p.text().strip());
        if (t.length() < RUNNING_TEXT || t.indexOf('，') < 0 && t.indexOf('、') < 0) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (CLAUSE.indexOf(last) >= 0) {
            return true;
        }
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN && ENDS.indexOf(last) < 0
                && !OWN_END.matcher(t).find();
    }
}

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
    /** A clause's mark: a paragraph that ends on one goes on. */
    private static final String CLAUSE = "，,、：:";
    /**
     * The ways a report ends without a stop: a request, thanks, a salute or a day (以上报告，请予审议, 请予评议, 谢谢大家,
     * 谢谢各位, 此致 敬礼).
     */
    private static final Pattern OWN_END = Pattern.compile("(审议|审阅|评议|审查|批准|谢谢|大家|各位|敬礼|此致|报告|为盼|特此"
            + "|2[0-9]{3}年[0-9一二三四五六七八九十〇○零]{1,2}月.{0,4})$");
    /** A request as a document's last clause: ……请予审议，并请各位委员提出宝贵意见. */
    private static final Pattern REQUEST = Pattern.compile("[，,](并|敬|恳|特)?请[^，,。]{2,30}$");
    /** A list under its label: 列席：……、……, 出席人员：…… (its last item is a name, no sentence). */
    private static final Pattern LABELLED = Pattern.compile("^[^，。；]{1,8}[:：]");
    /** The fewest characters of a last paragraph read as broken off at a clause's mark. */
    private static final int CLAUSE_CUT = 8;

    private TextEnd() {
    }

    /** Whether the text's last paragraph breaks off in a clause. */
    static boolean breaksOff(List<Block> body) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Paragraph p)) {
            return false;
        }
        String t = Simplified.of(p.text().strip());
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (CLAUSE.indexOf(last) >= 0) {
            return t.length() >= CLAUSE_CUT;
        }
        if (t.length() < RUNNING_TEXT || t.indexOf('，') < 0 && t.indexOf('、') < 0 || LABELLED.matcher(t).lookingAt()) {
            return false;
        }
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN && !OWN_END.matcher(t).find()
                && !REQUEST.matcher(t).find();
    }
}

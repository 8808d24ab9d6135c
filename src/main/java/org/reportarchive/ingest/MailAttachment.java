package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A report copied from a mail or office system's preview of the file attached to a message: the message's headers
 * ({@code 主题：}, {@code 发件人：} …) and cover note come before a rule that opens the attachment's text
 * ({@code ——————附件正文预览——————}), and the system's buttons after the rule that closes it
 * ({@code ——————预览结束——————}). Only the attachment is the report.
 */
final class MailAttachment {

    private static final String RULE = "[—\\-－=＝_＿─━\\s\\u3000]{2,}";
    private static final Pattern OPENS = Pattern.compile("^" + RULE + "(附件正文|附件内容)(预览)?(如下)?" + RULE + "$");
    /** A message's header: 主题：, 发件人：, 收件人：, 发送时间：, 抄送：. */
    private static final Pattern HEADER = Pattern.compile(
            "^(主[\\s\\u3000]*题|发[\\s\\u3000]*件[\\s\\u3000]*人|收[\\s\\u3000]*件[\\s\\u3000]*人|发送时间|发件时间|抄[\\s\\u3000]*送)[\\s\\u3000]*[:：].*");
    private static final Pattern CLOSES = Pattern.compile("^" + RULE + "(预览结束|附件结束|正文结束)" + RULE + "$");

    private MailAttachment() {
    }

    /** Marks the message around an attachment's preview, if the text has one. */
    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        int open = -1;
        for (int i = 0; i < lines.size() && open < 0; i++) {
            if (OPENS.matcher(lines.get(i).text()).matches()) {
                open = i;
            }
        }
        long headers = open < 0 ? 0 : lines.subList(0, open).stream().filter(l -> HEADER.matcher(l.text()).matches())
                .count();
        if (headers < 2) {
            return; // not a message: a rule over a report's own appendix is the report's
        }
        for (int i = 0; i <= open; i++) {
            reasons[i] = RemovalReason.MAIL;
        }
        for (int i = open + 1; i < lines.size(); i++) {
            if (CLOSES.matcher(lines.get(i).text()).matches()) {
                for (int j = i; j < lines.size(); j++) {
                    reasons[j] = RemovalReason.MAIL;
                }
                return;
            }
        }
    }
}

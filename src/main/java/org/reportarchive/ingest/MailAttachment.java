package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A report copied from a mail: from a mail or office system's preview of the file attached to a message, where the
 * message's headers ({@code 主题：}, {@code 发件人：} …) and cover note come before a rule that opens the attachment's
 * text ({@code ——————附件正文预览——————}), and the system's buttons after the rule that closes it
 * ({@code ——————预览结束——————}); or from a message that carries the report in its own text, often forwarded (a
 * cover note, {@code ---- 原始邮件 ----} and the first message's headers above the report's title; the sender's
 * signature under {@code --} and the list of attachments after it). Only the report is the report.
 */
final class MailAttachment {

    private static final String RULE = "[—\\-－=＝_＿─━\\s\\u3000]{2,}";
    private static final Pattern OPENS = Pattern.compile("^" + RULE + "(附件正文|附件内容)(预览)?(如下)?" + RULE + "$");
    /** A message's header: 主题：, 发件人：, 收件人：, 发送时间：, 抄送：, and an English mailer's From:, Subject: …. */
    private static final Pattern HEADER = Pattern.compile(
            "^(主[\\s\\u3000]*题|发[\\s\\u3000]*件[\\s\\u3000]*人|收[\\s\\u3000]*件[\\s\\u3000]*人|发送时间|发件时间|抄[\\s\\u3000]*送"
                    + "|From|Sent|To|Cc|Subject|Date)[\\s\\u3000]*[:：].*");
    private static final Pattern CLOSES = Pattern.compile("^" + RULE + "(预览结束|附件结束|正文结束)" + RULE + "$");

    private MailAttachment() {
    }

    /** The most lines above a forwarded message's headers: the forwarder's note and the forward's rule. */
    private static final int COVER_LINES = 3;
    /** The rule a mailer sets over a forwarded message: ---------- 转发的邮件 ----------, Forwarded message, 原始邮件. */
    private static final Pattern FORWARDED = Pattern.compile("(转发的邮件|原始邮件|Forwarded message|Original Message)");
    /** The most lines a message's headers are looked for in, at the top of the copy. */
    private static final int HEADER_LINES = 8;
    /** The most lines a sender's signature has. */
    private static final int SIGNATURE_LINES = 8;
    /** What a signature has and a report's text does not: 电话：, @, 附件：…….doc (56.5K), 网易邮箱, 本邮件…… */
    private static final Pattern MAIL_SIGNS = Pattern.compile(
            "电话|手机|传真|[Tt]el|@|邮箱|邮件|发自|Sent from|\\.(docx?|pdf|wps|xlsx?|zip|rar)\\b");
    /** A mail's signature delimiter ({@code -- }): what follows is the sender's. */
    private static final Pattern SIGNATURE = Pattern.compile("^--\\s*$");

    /** Marks the message around an attachment's preview, or around a report in a message's text. */
    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        if (!markPreview(lines, reasons)) {
            markMessage(lines, reasons);
        }
    }

    /**
     * A message whose headers open the copy (two at least among its first lines, the first line one of them) and
     * whose text holds the report: the lines above the report's title (a title with its delivery line, speaker line
     * or salutation under it) are the message's, and so are the signature and attachments under {@code --} after
     * the report's last line.
     */
    private static void markMessage(List<SourceLine> lines, RemovalReason[] reasons) {
        int first = -1; // the first header: the first line, or under a forwarder's note and a rule (转发的邮件)
        for (int i = 0; i < Math.min(lines.size(), COVER_LINES) && first < 0; i++) {
            if (HEADER.matcher(Simplified.of(lines.get(i).text())).matches()) {
                first = i;
            } else if (i > 0 && !FORWARDED.matcher(Simplified.of(lines.get(i).text())).find()) {
                return; // a line before the headers that is neither the note nor the forward's rule: no mail on top
            }
        }
        if (first < 0) {
            return;
        }
        int headers = 0;
        for (int i = first; i < Math.min(lines.size(), first + HEADER_LINES); i++) {
            headers += HEADER.matcher(Simplified.of(lines.get(i).text())).matches() ? 1 : 0;
        }
        if (headers < 2) {
            return;
        }
        // the report is under the last message's headers: a forwarded mail's cover note may name it first
        int lastHeader = 0;
        for (int i = 1; i < lines.size() && !FrontMatter.isSalutation(lines.get(i).text()); i++) {
            if (HEADER.matcher(Simplified.of(lines.get(i).text())).matches()) {
                lastHeader = i;
            }
        }
        int title = -1;
        for (int i = lastHeader + 1; i < lines.size() && title < 0; i++) {
            if (!HEADER.matcher(Simplified.of(lines.get(i).text())).matches() && FrontMatter.isTitle(lines.get(i).text())
                    && FrontMatter.titleBlockUnder(lines, i)) {
                title = i;
            }
        }
        if (title < 0) {
            return; // no report's title in the message: its text is read as it is
        }
        for (int i = 0; i < title; i++) {
            reasons[i] = reasons[i] == null ? RemovalReason.MAIL : reasons[i];
        }
        for (int i = lines.size() - 1; i > title; i--) {
            if (SIGNATURE.matcher(lines.get(i).text().strip()).matches()) {
                if (isSignature(lines.subList(i + 1, lines.size()))) {
                    for (int j = i; j < lines.size(); j++) {
                        reasons[j] = reasons[j] == null ? RemovalReason.MAIL : reasons[j];
                    }
                }
                return; // (a -- of the report's own, an empty cell of its table, is text)
            }
        }
    }

    /**
     * Whether the lines under a {@code --} are a sender's signature: a few lines, one at least with a mail's
     * signs (a telephone, an address, an attached file, a mailer's line or a mail's notice), and none of the
     * report's (its appendix's heading, a table's figure).
     */
    private static boolean isSignature(List<SourceLine> lines) {
        if (lines.isEmpty() || lines.size() > SIGNATURE_LINES) {
            return false;
        }
        boolean signs = false;
        for (SourceLine l : lines) {
            String t = l.text().strip();
            if (t.matches("^(附表|附录|[0-9０-９.,，%％\\-—]+$).*")) {
                return false;
            }
            signs |= MAIL_SIGNS.matcher(Simplified.of(t)).find();
        }
        return signs;
    }

    /** Whether a line starts as a rule does (decided without a pattern: most lines do not). */
    private static boolean isRule(String line) {
        String t = line.strip();
        return t.length() > 4 && "—-－=＝_＿─━".indexOf(t.charAt(0)) >= 0;
    }

    /** Marks the message around an attachment's preview, if the text has one. */
    private static boolean markPreview(List<SourceLine> lines, RemovalReason[] reasons) {
        int open = -1;
        for (int i = 0; i < lines.size() && open < 0; i++) {
            if (isRule(lines.get(i).text()) && OPENS.matcher(Simplified.of(lines.get(i).text())).matches()) {
                open = i;
            }
        }
        long headers = open < 0 ? 0 : lines.subList(0, open).stream().filter(l -> HEADER.matcher(Simplified.of(l.text())).matches())
                .count();
        if (headers < 2) {
            return false; // not a message: a rule over a report's own appendix is the report's
        }
        for (int i = 0; i <= open; i++) {
            reasons[i] = RemovalReason.MAIL;
        }
        for (int i = open + 1; i < lines.size(); i++) {
            if (isRule(lines.get(i).text()) && CLOSES.matcher(Simplified.of(lines.get(i).text())).matches()) {
                for (int j = i; j < lines.size(); j++) {
                    reasons[j] = RemovalReason.MAIL;
                }
                return true;
            }
        }
        return true;
    }
}

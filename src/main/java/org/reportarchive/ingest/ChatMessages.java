package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A report sent in a group chat and copied with the chat's export (QQ's 消息记录, a chat app's copy of its messages):
 * each message under a header of its day, its time and its sender ({@code 2018-06-29 9:02:41 张立伟(386412907)}).
 * The message that holds a document's title, the longest of them, is the report, and so are its sender's later messages
 * that go on with it while it has not closed (a long report sent in parts: （二）……), up to the first of theirs that does
 * not (好的, 另外通知一下……); the headers, the export's own lines
 * above them and every other message (收到, @周宏博 好的，我改一下, [图片]) are the chat's.
 */
final class ChatMessages {

    /** A message's header: day, time and sender (with the sender's number or address), or sender first. */
    private static final Pattern HEADER = Pattern.compile(
            "^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[\\s\\u3000]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?[\\s\\u3000]+(?<after>[^\\s\\u3000]{1,20}"
                    + "([（(][0-9]{5,12}[)）]|<[^<>\\s]{3,40}>)?)$"
                    + "|^(?<before>[^\\s\\u3000]{1,20})[\\s\\u3000]+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[\\s\\u3000]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$");
    /** An export's own lines above the messages: 消息记录（……）, 消息分组:我的QQ群, 消息对象:……, a rule of = or -. */
    private static final Pattern EXPORT_HEAD = Pattern.compile("^(消息记录.{0,40}|消息分组[:：].{0,40}|消息对象[:：].{0,40}|[=＝\\-－]{8,})$");
    /** The fewest messages a chat's copy has. */
    private static final int MESSAGES = 3;

    private ChatMessages() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        List<Integer> headers = new ArrayList<>();
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            // (a header has a time's colon: the pattern is tried only on such lines)
            Matcher header = reasons[i] == null && t.indexOf(':') > 0 ? HEADER.matcher(t.strip()) : null;
            if (header != null && header.matches()) {
                headers.add(i);
                senders.add(header.group("after") != null ? header.group("after") : header.group("before"));
            }
        }
        if (headers.size() < MESSAGES) {
            return;
        }
        int chosen = -1;
        int longest = 0;
        for (int k = 0; k < headers.size(); k++) {
            int from = headers.get(k) + 1;
            int to = k + 1 < headers.size() ? headers.get(k + 1) : lines.size();
            boolean titled = false;
            int length = 0;
            for (int i = from; i < to; i++) {
                titled |= FrontMatter.isTitle(lines.get(i).text());
                length += lines.get(i).text().length();
            }
            if (titled && length > longest) {
                chosen = k;
                longest = length;
            }
        }
        if (chosen < 0) {
            return; // no message holds a document: which is the report is not said
        }
        for (int i = 0; i < headers.get(0); i++) {
            if (reasons[i] == null && EXPORT_HEAD.matcher(lines.get(i).text().strip()).matches()) {
                reasons[i] = RemovalReason.SITE_UI;
            }
        }
        boolean going = true; // (the sender's messages go on with the report until one of theirs does not: 好的)
        for (int k = 0; k < headers.size(); k++) {
            int from = headers.get(k);
            int to = k + 1 < headers.size() ? headers.get(k + 1) : lines.size();
            reasons[from] = RemovalReason.SITE_UI;
            boolean sender = k > chosen && senders.get(k).equals(senders.get(chosen));
            going &= !sender || ForumReplies.goesOnWhileOpen(lines, reasons, from, from, to);
            boolean report = k == chosen || sender && going;
            if (report && sender) {
                ForumReplies.markContinuation(lines, reasons, from, to); // (接上条: the sender's mark, not the report's)
            }
            for (int i = from + 1; !report && i < to; i++) {
                reasons[i] = reasons[i] == null && !lines.get(i).text().isBlank() ? RemovalReason.COMMENTS : reasons[i];
            }
        }
    }
}

package org.reportarchive.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A speech-to-text transcript of a meeting, as a video platform prints it under a recording ({@code [00:22:05]
 * 发言人2：} over what the speaker said): the turn headers, bare timestamps and sound tags ({@code [掌声]}) are the
 * transcript's marks, and of its speakers the one who says the most is the document's (a speech among the host's
 * words); the others' turns are the meeting's, and listed apart. A copy is read so only when it has three turn headers
 * at least.
 */
final class TranscriptTurns {

    /** A turn's header: its time, then the speaker's label. */
    private static final Pattern TURN = Pattern.compile(
            "^[\\[【(（]?([0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[\\]】)）]?[\\s\\u3000]*(发言人|说话人|讲话人|Speaker|SPEAKER)"
                    + "[\\s\\u3000]*([0-9]{1,2}|[A-Z])[:：]?$");
    /** A time alone, or a sound the transcriber noted alone: [00:38:02], [掌声], [音乐]. */
    private static final Pattern MARK = Pattern.compile(
            "^[\\[【(（]?([0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[\\]】)）]?$|^[\\[【(（](掌声|鼓掌|热烈掌声|音乐|笑声|静音|杂音|听不清)[\\]】)）]$");
    /** The fewest turn headers that make a copy a transcript. */
    private static final int TURNS = 3;

    private TranscriptTurns() {
    }

    static void mark(java.util.List<SourceLine> lines, RemovalReason[] reasons) {
        int turns = 0;
        for (SourceLine l : lines) {
            turns += TURN.matcher(l.text().strip()).matches() ? 1 : 0;
        }
        if (turns < TURNS) {
            return;
        }
        // who said how much, and who said each line
        Map<String, Integer> said = new HashMap<>();
        String[] speaker = new String[lines.size()];
        String current = null;
        int last = -1; // the last line of a turn
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            Matcher turn = TURN.matcher(t);
            if (turn.matches()) {
                current = turn.group(2) + turn.group(3);
                reasons[i] = RemovalReason.TRANSCRIPT;
                continue;
            }
            if (current == null || reasons[i] != null) {
                continue;
            }
            if (MARK.matcher(t).matches()) {
                reasons[i] = RemovalReason.TRANSCRIPT;
                if (!t.matches(".*[掌声鼓乐笑静杂清].*")) {
                    current = null; // a time alone ends the turns: what follows is the page's
                }
                continue;
            }
            speaker[i] = current;
            said.merge(current, t.length(), Integer::sum);
            last = i;
        }
        String main = said.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse(null);
        for (int i = 0; i <= last; i++) {
            if (speaker[i] != null && !speaker[i].equals(main)) {
                reasons[i] = RemovalReason.OTHER_SPEAKER;
            }
        }
    }
}

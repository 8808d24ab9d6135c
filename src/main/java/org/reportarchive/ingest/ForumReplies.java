package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * Finds the replies under a report reposted on a forum: a thread prints each post (楼主, 沙发, 板凳, 3楼 …) as its
 * author's name, its floor and a line {@code 发表于 2013-1-18 10:15 | 只看该作者}. The posts of the thread's
 * starter hold the report (a long report may go on in later posts of theirs); every other author's post is a reply
 * and is marked, from the author's name to the next post.
 */
final class ForumReplies {

    /** A post's floor: 楼主 (the starter's), 沙发, 板凳, 地板, 3楼, 5#. */
    private static final Pattern FLOOR = Pattern.compile("^(楼主|沙发|板凳|地板|藤椅|凳子|报纸|[0-9０-９]{1,4}\\s*(楼|#|＃))$");
    /** A post's header: when it was posted. */
    private static final Pattern POSTED = Pattern.compile("^发表于\\s*[0-9０-９]{4}[-－/.年][0-9０-９]{1,2}[-－/.月][0-9０-９]{1,2}.*");
    /**
     * A reply's header on a board that numbers its replies under the post: 回應 #1　　阿嬤的灶腳　　101/02/16 上午 08:12
     * (the day in the Minguo calendar or the common one), 回复 #2 张三 2013-1-18 10:15.
     */
    private static final Pattern NUMBERED_REPLY = Pattern.compile(
            "^(回应|回复|回帖|跟帖|Re)[\\s\\u3000]*[#＃][\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000:：]+([^\\s\\u3000]{1,20})[\\s\\u3000]+"
                    + "[0-9０-９]{2,4}[-－/.年][0-9０-９]{1,2}[-－/.月][0-9０-９]{1,2}.*$");
    /** The longest line a post's or a reply's header is read on. */
    private static final int HEADER_WIDTH = 80;
    /** Who started the thread, as the post's header names them: 發表人：蚶江囝仔, 楼主：…. */
    private static final Pattern STARTER = Pattern.compile("(发表人|发帖人|楼主|作者)[:：][\\s\\u3000]*([^\\s\\u3000]{1,20})"
            + "|^()([^\\s\\u3000:：]{1,20})[\\s\\u3000]+(发表于|发表在|发布于)[\\s\\u3000]*[0-9０-９]{2,4}[-－/.年]");
    /** A name as a forum prints it: short, without sentence punctuation. */
    private static final Pattern NAME = Pattern.compile("^[^\\s，。；！？,.;!?：:]{1,20}$");

    private ForumReplies() {
    }

    /** Marks the replies' lines, unless the page is not a forum thread with a starter's post. */
    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        markPrintedThread(lines, reasons);
        markNumbered(lines, reasons);
        markFloorLines(lines, reasons);
        markFloors(lines, reasons);
        markFloorsUnderPosts(lines, reasons);
    }

    /** Whether a name stands among a thread's first lines, above its first floor's line: the starter's. */
    private static boolean postedAtTheTop(List<SourceLine> lines, int firstFloor, String name) {
        if (!NAME.matcher(name).matches()) {
            return false;
        }
        for (int k = 0; k < Math.min(firstFloor, STARTER_LINES); k++) {
            if (lines.get(k).text().strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A post's button alone under its floor's line: 回复. */
    private static final Pattern REPLY_BUTTON = Pattern.compile("^(回复|回覆)$");

    /** How many of a thread's first lines the starter's name is looked for in. */
    private static final int STARTER_LINES = 6;

    /**
     * A post's floor and time under its text, as a tieba prints them: 1楼2010-03-05 10:12, 2楼　2018-01-10 21:36
     * 来自Android客户端.
     */
    private static final Pattern FLOOR_UNDER = Pattern.compile(
            "^([0-9０-９]{1,4})[\\s\\u3000]*楼[\\s\\u3000]*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[\\s\\u3000]+[0-9]{1,2}:[0-9]{2}"
                    + "([\\s\\u3000]+来自[^\\s\\u3000]{1,20})?$");
    /** The mark a tieba sets under the starter's name in each of their posts. */
    private static final String STARTER_BADGE = "楼主";

    /**
     * On a board that prints each post's floor and time under its text, after the poster's name (and 楼主 under the
     * starter's) and the post (梅潭河畔 / …… / 1楼2010-03-05 10:12 / 回复 / 新兴茶客 / 支持…… / 2楼……): each floor's line
     * closes a post. The starter's posts hold the report (a long one goes on over several floors); every other
     * author's post is a reply, and so is what follows the last floor's line that is not the starter's.
     */
    private static void markFloorsUnderPosts(List<SourceLine> lines, RemovalReason[] reasons) {
        List<Integer> floors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // (the common case, decided before the line is read: no 楼 in it)
            if (reasons[i] == null && lines.get(i).text().indexOf('楼') > 0
                    && FLOOR_UNDER.matcher(lines.get(i).text().strip()).matches()) {
                floors.add(i);
            }
        }
        if (floors.isEmpty()) {
            return;
        }
        String starter = null;
        int end = lastOfThread(lines, reasons, floors.get(floors.size() - 1));
        for (int p = 0; p <= floors.size(); p++) {
            int from = p == 0 ? 0 : floors.get(p - 1) + 1;
            int to = p < floors.size() ? floors.get(p) : end; // (the post's floor line, or the thread's end)
            int badge = badgeIn(lines, from, to);
            int author = badge > from ? SourceLines.previousLine(lines, badge) : firstOfPost(lines, reasons, from, to);
            String name = author < 0 ? null : lines.get(author).text().strip();
            if (p == 0) {
                // the first post is the starter's, under the name its badge marks if it has one
                starter = badge > from ? name : null;
                markHeader(lines, reasons, badge, badge > from ? author : -1, to, p < floors.size());
                continue;
            }
            // a later post is the starter's under the badge, or under the starter's name: the badge's, or one that stands
            // among the thread's first lines (the first post's author, above the report)
            if (name != null && starter == null && badge < 0 && postedAtTheTop(lines, floors.get(0), name)) {
                starter = name;
            }
            if (name != null && (badge > from || name.equals(starter))) {
                // the starter goes on: what stands above their name is the replies under the floor before (楼中楼)
                for (int j = from; j < author; j++) {
                    String t = lines.get(j).text().strip();
                    reasons[j] = reasons[j] != null || t.isEmpty() ? reasons[j]
                            : REPLY_BUTTON.matcher(t).matches() || isBoardLine(t) ? RemovalReason.PUBLICATION // (回复)
                            : RemovalReason.FORUM_REPLY;
                }
                markHeader(lines, reasons, badge, author, to, p < floors.size());
            } else if (from < to || p < floors.size()) {
                for (int j = from; j <= Math.min(to, end - 1); j++) {
                    reasons[j] = reasons[j] == null || isBoardLine(lines.get(j).text().strip()) ? RemovalReason.FORUM_REPLY
                            : reasons[j];
                }
            }
        }
    }

    /** The starter's badge line among a post's lines, or -1. */
    private static int badgeIn(List<SourceLine> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            if (lines.get(j).text().strip().equals(STARTER_BADGE) && j > from) {
                return j;
            }
        }
        return -1;
    }

    /** A post's author: its first line that the page's rules leave, not a post's button (回复), if it is a name. */
    private static int firstOfPost(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int j = from; j < to; j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty() || reasons[j] != null || isBoardLine(t) || REPLY_BUTTON.matcher(t).matches()) {
                continue;
            }
            return NAME.matcher(t).matches() ? j : -1;
        }
        return -1;
    }

    /** The board's lines of a starter's post: its author's name and badge (-1: none), and the floor's line under it. */
    private static void markHeader(List<SourceLine> lines, RemovalReason[] reasons, int badge, int author, int floor,
                                   boolean floored) {
        if (badge >= 0) {
            reasons[badge] = RemovalReason.PUBLICATION;
        }
        if (author >= 0) {
            reasons[author] = RemovalReason.PUBLICATION;
        }
        if (floored) {
            reasons[floor] = RemovalReason.PUBLICATION;
        }
    }

    /**
     * A post's header on one line: 楼主 | 滦河边的老代表 | 发表于 2010-1-12 21:36 | 只看该作者 (#2 | 港島K仔 | 發表於 …
     * on a board that numbers its floors after #), or without the author, whose
     * name stands on the line above (xiaoyu0921 / 沙發 | 發表於 2014-1-15 23:18 | 只看該作者).
     */
    private static final Pattern FLOOR_LINE = Pattern.compile(
            "^(楼主|沙发|板凳|地板|藤椅|凳子|报纸|[0-9０-９]{1,4}[\\s\\u3000]*(楼|#|＃)|[#＃][0-9０-９]{1,4})[\\s\\u3000]*[|｜][\\s\\u3000]*"
                    + "(([^|｜\\s\\u3000]{1,20})[\\s\\u3000]*[|｜][\\s\\u3000]*)?发表于.*$");

    /**
     * A post's header set apart by spaces, its 发表于 left out in a reply's: 楼主　江淮行者　发表于 2010-04-12 21:07　只看该作者,
     * 沙发　老街坊　2010-04-12 21:45; or without the author, whose name stands on the line above (羌山红叶 / 楼主  发表于
     * 2009-3-2 21:14 | 只看该作者).
     */
    private static final Pattern FLOOR_SPACED = Pattern.compile(
            "^(楼主|沙发|板凳|地板|藤椅|凳子|报纸|[0-9０-９]{1,4}[\\s\\u3000]*(楼|#|＃))(?:[\\s\\u3000]+|(?<=楼主)[:：][\\s\\u3000]*)(?:(?!发表于)([^|｜\\s\\u3000]{1,20})"
                    + "[\\s\\u3000]+)?(发表于[\\s\\u3000]*[:：]?[\\s\\u3000]*)?[0-9０-９]{4}[-－/.年][0-9０-９]{1,2}[-－/.月][0-9０-９]{1,2}.*$");
    /**
     * A rule a board sets between posts (------, ======) or a post's buttons (回复　引用　举报　顶部, 回復　引用　TOP, [回复]　[引用]
     * [TOP], 回复　支持　反对, 使用道具 举报), or the button back to the top alone (顶部).
     */
    private static final Pattern BOARD_LINE = Pattern.compile("^[-－—─=＝_＿*]{6,}$"
            + "|^[\\[［【]?(回复|回覆|引用|举报|顶部|TOP|top|编辑|评分|收藏|分享|支持|反对|使用道具)[\\]］】]?"
            + "([\\s\\u3000|｜]+[\\[［【]?(回复|回覆|引用|举报|顶部|TOP|top|编辑|评分|收藏|分享|支持|反对|使用道具)[\\]］】]?)+$"
            + "|^[\\[［【]?(顶部|返回顶部|回到顶部|TOP|top)[\\]］】]?$");

    private static boolean isBoardLine(String line) {
        return line.length() <= HEADER_WIDTH && BOARD_LINE.matcher(Simplified.of(line)).matches();
    }

    /**
     * A post of a thread: its first line (its floor's word, or its author's name over its header), the last line of its
     * header (the header's own, or the last of its author's name and profile under it), and its author, or null.
     */
    private record Post(int start, int header, String author) {
    }

    /**
     * On a board that prints each post's floor, author and time on one line: the starter's first post is the report
     * (its header is the board's), and from the first post on another floor on, post by post, the starter's posts that
     * go on with the report are the report's and everything else is the replies'.
     */
    private static void markFloorLines(List<SourceLine> lines, RemovalReason[] reasons) {
        int first = -1;
        String starter = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (line.length() > HEADER_WIDTH) {
                continue; // (the common case: a paragraph, no post's header)
            }
            if (!mayHeadAPost(line)) {
                // a post's author and time, under its floor's word on a line of its own or without one (沙发 / 茶马古道
                // 发表于 2022-1-8 11:02): the first is the starter's, and the first by another author starts the replies
                Post post = authorPost(lines, i);
                if (post == null || post.start() == i && !Simplified.of(line).contains("发表")) {
                    continue; // (a site's 发布于 without a floor is a publishing line, whoever it names)
                }
                boolean opens = post.start() == i || Simplified.of(lines.get(post.start()).text().strip()).equals("楼主");
                if (first < 0 && opens || first >= 0 && post.author().equals(starter)) {
                    first = first < 0 ? i : first;
                    starter = post.author();
                    for (int j = post.start(); j <= i; j++) {
                        reasons[j] = RemovalReason.PUBLICATION; // (the starter goes on with the post on the next floor)
                    }
                } else if (first >= 0) {
                    markPostsOnward(lines, reasons, first, postsFrom(lines, reasons, post.start(), false), starter);
                    return;
                }
                continue;
            }
            boolean timeAlone = POSTED.matcher(Simplified.of(line.strip())).matches();
            if (first < 0 && timeAlone) {
                first = i; // the starter's post under a header of its time alone (發表於 2002-6-28 14:22)
                starter = authorAbove(lines, reasons, i); // (海岛渔夫 / 发表于 2009-3-2 09:41 | 只看该作者)
                continue;
            }
            Post post = floorPost(lines, reasons, i, starter != null);
            if (post == null) {
                continue;
            }
            if (first < 0 && Simplified.of(line.strip()).startsWith("楼主")) {
                first = i;
                starter = post.author();
                reasons[i] = RemovalReason.PUBLICATION;
                for (int j = i + 1; j <= post.header(); j++) {
                    reasons[j] = reasons[j] == null ? RemovalReason.PUBLICATION : reasons[j]; // (the name and profile under it)
                }
                continue;
            }
            if (first >= 0 && post.author() != null && post.author().equals(starter)) {
                // the starter goes on with the post on the next floor (（續上）): the name and profile over it are the board's
                for (int j = post.start(); j <= post.header(); j++) {
                    reasons[j] = RemovalReason.PUBLICATION;
                }
                continue;
            }
            if (first >= 0) {
                int from = i > first + 1 && post.start() > first ? post.start() : i;
                markPostsOnward(lines, reasons, first, postsFrom(lines, reasons, from, true), starter);
                return;
            }
        }
    }

    /**
     * The post whose header is the line: its floor, author and time on one line (楼主 | 绣江月 | 发表于 ……), its author
     * above it or under it with their profile (沙发 | 发表于 …… / 容州小李 / 积分: 86), or, when the starter is known, its
     * time alone under its author's name; or null.
     */
    private static Post floorPost(List<SourceLine> lines, RemovalReason[] reasons, int i, boolean starterKnown) {
        String line = lines.get(i).text();
        if (line.length() > HEADER_WIDTH || !mayHeadAPost(line)) {
            return null;
        }
        String header = Simplified.of(line.strip()); // 樓主 | …… | 發表於 too
        Matcher m = FLOOR_LINE.matcher(header);
        boolean bars = m.matches();
        if (!bars) {
            m = FLOOR_SPACED.matcher(header); // (楼主  发表于 2009-3-2 21:14 | 只看该作者: a bar after the time only)
        }
        boolean floor = bars || m.matches();
        // (or another's time alone under the name, as a board's copy without its floors' words gives it)
        if (!floor && !(starterKnown && POSTED.matcher(header).matches())) {
            return null;
        }
        String named = !floor ? null : bars ? m.group(4) : m.group(3);
        if (named != null) {
            return new Post(i, profileEnd(lines, i), named);
        }
        int above = nameAbove(lines, reasons, i);
        if (above >= 0) {
            return new Post(above, profileEnd(lines, i), lines.get(above).text().strip());
        }
        int below = floor ? nameBelow(lines, i) : -1;
        if (below >= 0) {
            return new Post(i, profileEnd(lines, below), lines.get(below).text().strip());
        }
        return floor ? new Post(i, i, null) : null;
    }

    /** The last line of a poster's profile right under a line (积分: 1520 / 帖子: 312), or the line itself. */
    private static int profileEnd(List<SourceLine> lines, int line) {
        int last = line;
        while (last + 1 < lines.size() && isProfileLine(lines.get(last + 1).text())) {
            last++;
        }
        return last;
    }

    /** A post's author and time, under its floor's word on a line of its own or without one (沙发 / 茶马古道 发表于 ……), or null. */
    private static Post authorPost(List<SourceLine> lines, int i) {
        String t = lines.get(i).text();
        Matcher header = t.length() <= HEADER_WIDTH && (t.indexOf('发') > 0 || t.indexOf('發') > 0)
                ? AUTHOR_POSTED.matcher(Simplified.of(t.strip())) : null;
        if (header == null || !header.matches()) {
            return null;
        }
        int above = SourceLines.previousLine(lines, i);
        boolean floored = above >= 0 && FLOOR.matcher(Simplified.of(lines.get(above).text().strip())).matches();
        return new Post(floored ? above : i, i, header.group(1));
    }

    /**
     * The posts from a line on: under their floors' lines (沙发 | 老街坊 | 发表于 ……), or under their authors and times
     * (茶马古道 发表于 ……).
     */
    private static List<Post> postsFrom(List<SourceLine> lines, RemovalReason[] reasons, int from, boolean floorLines) {
        List<Post> posts = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Post post = floorLines ? floorPost(lines, reasons, i, true) : authorPost(lines, i);
            if (post != null) {
                posts.add(new Post(Math.max(post.start(), from), post.header(), post.author()));
                i = post.header();
            }
        }
        return posts;
    }

    /**
     * From the first reply on, post by post: the starter's posts that go on with the report ((接上) / （四）…… / 二、……) are
     * the report's, their headers the board's; every other post, the starter's answers to the replies among them, is a
     * reply.
     */
    private static void markPostsOnward(List<SourceLine> lines, RemovalReason[] reasons, int first, List<Post> posts,
                                        String starter) {
        if (posts.isEmpty()) {
            return;
        }
        int end = lastOfThread(lines, reasons, posts.get(0).start());
        for (int p = 0; p < posts.size(); p++) {
            int start = posts.get(p).start();
            int header = posts.get(p).header();
            int stop = p + 1 < posts.size() ? posts.get(p + 1).start() : Math.max(end, header + 1);
            if (p > 0 && starter != null && starter.equals(posts.get(p).author())
                    && goesOnWhileOpen(lines, reasons, start, header, stop)) {
                markContinuation(lines, reasons, header, stop);
                for (int j = start; j < stop; j++) {
                    String t = lines.get(j).text().strip();
                    if (j <= header || reasons[j] == null && (isBoardLine(t) || REPLY_BUTTON.matcher(t).matches())) {
                        reasons[j] = RemovalReason.PUBLICATION;
                    }
                }
                continue;
            }
            int lead = p == 0 ? Math.min(start, markedStart(lines, reasons, first, start)) : start;
            for (int j = lead; j < Math.min(stop, end); j++) {
                // (the board's own lines among them, its reply box, keep their reasons; not the post's header)
                reasons[j] = j <= header || reasons[j] == null || isBoardLine(lines.get(j).text().strip())
                        ? RemovalReason.FORUM_REPLY : reasons[j];
            }
        }
    }

    /** The first line of a reply's marking: the board's rule and the post's buttons over it. */
    private static int markedStart(List<SourceLine> lines, RemovalReason[] reasons, int first, int start) {
        for (int above = SourceLines.previousLine(lines, start); above > first && reasons[above] == null
                && isBoardLine(lines.get(above).text().strip()); above = SourceLines.previousLine(lines, above)) {
            start = above;
        }
        return start;
    }

    /**
     * Whether a later post or message of the report's poster goes on with it: the report above it has not closed
     * (……而努力奋斗！), and its first line under its header goes on with it (see {@link #continuesTheReport}).
     *
     * @param start  the post's first line
     * @param header the last line of its header
     * @param stop   the line after it
     */
    static boolean goesOnWhileOpen(List<SourceLine> lines, RemovalReason[] reasons, int start, int header, int stop) {
        if (PageArticles.closesAReport(lastTextBefore(lines, reasons, start))) {
            return false;
        }
        for (int j = header + 1; j < stop; j++) {
            String t = lines.get(j).text().strip();
            if (!t.isEmpty()) {
                return continuesTheReport(t);
            }
        }
        return false;
    }

    /**
     * Whether a message's or a post's first line goes on with a report sent in parts: it says it does ((接上), （续）), or
     * is a numbered heading or item, a paragraph of some length or the report's closing call; a short answer (谢谢支持。,
     * 1、谢谢楼上支持！) does not, nor an answer to someone it names first, however long (@管店镇-吴志刚 会前会上都可以提交，……).
     */
    static boolean continuesTheReport(String first) {
        String t = first.strip();
        if (t.startsWith("@") || t.startsWith("＠")) {
            return false;
        }
        return GOES_ON.matcher(Simplified.of(t)).matches()
                || HeadingRecognizer.numbering(t).isPresent() && !ANSWER.matcher(Simplified.of(t)).find()
                || t.length() >= CONTINUED_PARAGRAPH && Prose.isProse(t)
                || t.startsWith("各位代表") && PageArticles.closesAReport(t); // (the report's closing call: 各位代表，让我们……奋斗！)
    }

    /**
     * The last line of the text above a line, which the page's rules leave (the report so far, a post's later parts
     * coming after it), or the empty string.
     */
    static String lastTextBefore(List<SourceLine> lines, RemovalReason[] reasons, int line) {
        for (int j = line - 1; j >= 0; j--) {
            String t = lines.get(j).text().strip();
            if (reasons[j] == null && !t.isEmpty() && !isBoardLine(t)) { // (not a post's buttons under it: 顶部)
                return lines.get(j).text();
            }
        }
        return "";
    }

    /** What a poster's answer to the replies says, and a report does not: 谢谢, 楼上, 欢迎讨论. */
    private static final Pattern ANSWER = Pattern.compile("谢谢|多谢|楼上|楼主|欢迎讨论|顶一下|坛友|网友");
    /** A poster's mark that a post goes on with the one before: （接上）, （续）, 接上楼. */
    private static final Pattern GOES_ON = Pattern.compile("^[（(]?[\\s\\u3000]*(接上|续上|续|接上楼|接上帖|续上楼|续上帖|接上条|续上条"
            + "|接上文|续前|接前)[\\s\\u3000]*[）)]?[。.：:]?$");

    /**
     * Marks the first line of a later post or message that goes on with the report when it is only the poster's mark
     * that it does ((接上楼), 接上条): the poster's words, not the report's.
     *
     * @param header the last line of the post's header
     * @param stop   the line after the post
     */
    static void markContinuation(List<SourceLine> lines, RemovalReason[] reasons, int header, int stop) {
        for (int j = header + 1; j < stop; j++) {
            String t = lines.get(j).text().strip();
            if (!t.isEmpty()) {
                if (reasons[j] == null && GOES_ON.matcher(Simplified.of(t)).matches()) {
                    reasons[j] = RemovalReason.CONTINUATION_MARK;
                }
                return;
            }
        }
    }
    /** The shortest paragraph that goes on with a report in a post of the starter's. */
    private static final int CONTINUED_PARAGRAPH = 60;

    /** A reply's author and time under its floor's word: 茶马古道　发表于 2022-1-8 11:02. */
    private static final Pattern AUTHOR_POSTED = Pattern.compile(
            "^([^\\s\\u3000|｜:：]{1,20})[\\s\\u3000]+(?:发表于|发表在|发布于)[\\s\\u3000]*[0-9０-９]{2,4}[-－/.年].*$");

    /**
     * Whether a line may be a post's header, by its first character: a floor's word or number (楼主, 樓主, 沙发, 板凳, 地板,
     * 3楼, 5#, #2), 发表于 or 發表於; the rest is read only then.
     */
    private static boolean mayHeadAPost(String line) {
        String t = line.strip();
        return !t.isEmpty() && (FIRST_OF_A_HEADER.indexOf(t.charAt(0)) >= 0 || Character.isDigit(t.charAt(0)));
    }

    /** The characters a post's header starts with, in either script. */
    private static final String FIRST_OF_A_HEADER = "楼樓沙板地藤凳报報发發#＃";

    /**
     * The author's name on the line above a post's header that has none, over the lines of the author's profile a board
     * prints under it (级别: 论坛版主 / 精华: 5　发帖: 2318): a user's name, not a date or a sentence.
     */
    private static String authorAbove(List<SourceLine> lines, RemovalReason[] reasons, int header) {
        int at = nameAbove(lines, reasons, header);
        return at < 0 ? null : lines.get(at).text().strip();
    }

    /** The index of the author's name above a post's header that has none (see {@link #authorAbove}), or -1. */
    private static int nameAbove(List<SourceLine> lines, RemovalReason[] reasons, int header) {
        int j = overProfile(lines, header);
        if (j < 0 || reasons[j] != null) {
            return -1;
        }
        String t = lines.get(j).text().strip();
        return NAME.matcher(t).matches() && !t.matches(".*[0-9０-９〇一二三四五六七八九十]\\s*[年月日].*") ? j : -1;
    }

    /**
     * The index of the author's name under a post's header that has none, when the lines of the author's profile follow
     * it (板凳 | 发表于 …… / 绣江月 / 积分: 1520 / 帖子: 312), or -1.
     */
    private static int nameBelow(List<SourceLine> lines, int header) {
        int j = header + 1;
        if (j + 1 >= lines.size() || !isProfileLine(lines.get(j + 1).text())) {
            return -1;
        }
        String t = lines.get(j).text().strip();
        return NAME.matcher(t).matches() && !isProfileLine(t) ? j : -1;
    }

    /**
     * A line of a poster's profile under the name: 级别: 论坛版主, 精华: 5　发帖: 2318, 注册时间: 2008-03-12; without the colon
     * before a number or a day (UID 2231, 积分 310, 注册 2003-11-5); or the poster's rank alone (中级会员, 新手上路).
     */
    private static final Pattern PROFILE = Pattern.compile(
            "^(级别|級別|等级|等級|精华|精華|发帖|發帖|帖子|威望|金钱|金錢|积分|積分|注册时间|註冊時間|UID|阅读权限|在线时间|最后登录)[\\s\\u3000]*[:：]"
                    + "|^(精华|精華|发帖|發帖|帖子|威望|金钱|金錢|积分|積分|注册|註冊|UID|阅读权限|在线时间)[\\s\\u3000]+[0-9]"
                    + "|^(新手上路|初级会员|初級會員|中级会员|中級會員|高级会员|高級會員|金牌会员|金牌會員|注册会员|註冊會員|正式会员|论坛元老"
                    + "|論壇元老|荣誉会员|榮譽會員|版主|超级版主|超級版主|论坛版主|論壇版主|管理员|管理員|禁止发言|禁止發言"
                    + "|发短消息|發短消息|加为好友|加為好友|当前离线|當前離線|当前在线|當前在線)$"
                    + "|^(注册时间|註冊時間|最后登录|最後登錄)[\\s\\u3000]+[0-9]"
                    // (and where a poster is from, whether they are on: 来自 台北, 状态 离线)
                    + "|^(来自|状态)([\\s\\u3000]+|[\\s\\u3000]*[:：][\\s\\u3000]*)[^\\s\\u3000，。]{1,10}$");

    /** Whether a line is one of a poster's profile (see {@link #PROFILE}), in either script: 閱讀權限 70, 在線時間 865 小時. */
    private static boolean isProfileLine(String line) {
        return PROFILE.matcher(Simplified.of(line.strip())).lookingAt();
    }

    /** A printable thread's post header, a line of each: --  作者：苗山人 / --  发布时间：2006-3-12 20:15:33 / --. */
    private static final Pattern PRINTED_HEADER = Pattern.compile(
            "^--[\\s\\u3000]*((作者|发布时间|发表时间)[:：].{1,40})?$");
    /** The line before a quoted text in such a thread: 以下是引用广西人大网在2006-3-10 9:15:00的发言：. */
    private static final Pattern QUOTED = Pattern.compile("^以下是引用.{1,40}的发言[:：]$");

    /**
     * A forum's printable thread, each post under its header's lines (--  作者：…, --  发布时间：…, --): the starter's
     * posts hold the report, under the headers and the line that says whom it quotes, all the board's; from the first
     * post of another author's on, everything is the replies'.
     */
    private static void markPrintedThread(List<SourceLine> lines, RemovalReason[] reasons) {
        String starter = null;
        boolean replied = false; // (the starter's own posts before the first reply go on with the report)
        boolean inHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            boolean header = t.length() <= HEADER_WIDTH && PRINTED_HEADER.matcher(t).matches()
                    && (t.contains("作者") ? i + 1 < lines.size() && lines.get(i + 1).text().strip().startsWith("--") : inHeader);
            Matcher author = header ? PRINTED_AUTHOR.matcher(t) : null;
            if (author != null && author.find()) {
                String name = author.group(1);
                starter = starter == null ? name : starter;
                replied |= !name.equals(starter);
            }
            inHeader = header;
            if (starter == null) {
                continue;
            }
            if (!replied && (header || QUOTED.matcher(Simplified.of(t)).matches())) {
                reasons[i] = reasons[i] == null ? RemovalReason.PUBLICATION : reasons[i];
            } else if (replied && reasons[i] == null) {
                reasons[i] = RemovalReason.FORUM_REPLY;
            }
        }
    }

    /** Who wrote a post, on its printed header: --  作者：苗山人. */
    private static final Pattern PRINTED_AUTHOR = Pattern.compile("作者[:：][\\s\\u3000]*(\\S{1,20})");

    /**
     * On a board that numbers the replies under a post: everything from the first reply by someone else than the
     * starter to the page's footer. The starter's own replies before it go on with the post (a long report is
     * posted in parts: （續上）…): their headers are the board's, their text the report's.
     */
    private static void markNumbered(List<SourceLine> lines, RemovalReason[] reasons) {
        String starter = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            if (raw.length() > HEADER_WIDTH) {
                continue; // a paragraph: neither a post's header nor a reply's (the common case)
            }
            String t = Simplified.of(raw);
            Matcher reply = NUMBERED_REPLY.matcher(t);
            if (!reply.matches()) {
                Matcher s = starter == null ? STARTER.matcher(t) : null;
                starter = s != null && s.find() ? (s.group(2) != null ? s.group(2) : s.group(4)) : starter;
                continue;
            }
            if (reply.group(2).equals(starter)) {
                reasons[i] = RemovalReason.NAVIGATION;
                continue;
            }
            int end = lastOfThread(lines, reasons, i);
            for (int j = i; j < end; j++) {
                reasons[j] = RemovalReason.FORUM_REPLY;
            }
            return;
        }
    }

    /** On a board that prints each post with its author, floor and time (楼主, 沙发, 3楼 …). */
    private static void markFloors(List<SourceLine> lines, RemovalReason[] reasons) {
        List<int[]> posts = new ArrayList<>(); // each post: its first line (the author's name) and its floor's index
        boolean starter = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (line.length() > HEADER_WIDTH || !POSTED.matcher(withoutFontSizes(Simplified.of(line))).matches()) {
                continue;
            }
            int floor = i - 1;
            String floorLine = floor < 1 ? "" : Simplified.of(lines.get(floor).text().strip());
            int name = floor < 1 ? -1 : nameOverProfile(lines, floor);
            if (floor < 1 || !FLOOR.matcher(floorLine).matches() || name < 0) {
                return; // not a thread as forums print it: nothing is marked
            }
            starter |= floorLine.equals("楼主");
            posts.add(new int[] {name, floor});
        }
        if (!starter || posts.size() < 2) {
            return;
        }
        String author = null;
        for (int p = 0; p < posts.size(); p++) {
            String name = lines.get(posts.get(p)[0]).text();
            if (Simplified.of(lines.get(posts.get(p)[1]).text().strip()).equals("楼主")) {
                author = name; // (樓主 too)
            }
        }
        for (int p = 0; p < posts.size(); p++) {
            int next = p + 1 < posts.size() ? posts.get(p + 1)[0] : lastOfThread(lines, reasons, posts.get(p)[0]);
            // (a later post of the starter's goes on with the report only while it has not closed)
            boolean goesOn = p == 0 || goesOnWhileOpen(lines, reasons, posts.get(p)[0], posts.get(p)[1] + 1, next);
            if (lines.get(posts.get(p)[0]).text().equals(author) && goesOn) {
                if (p > 0) {
                    markContinuation(lines, reasons, posts.get(p)[1] + 1, next);
                }
                // the starter's post: the report, or more of it, under the forum's header of the post (the first
                // post's time is when the report was posted; a later one's adds nothing)
                for (int i = posts.get(p)[0]; i <= posts.get(p)[1] + 1; i++) {
                    if (reasons[i] == null || i == posts.get(p)[1] + 1) {
                        reasons[i] = i == posts.get(p)[1] + 1 && p == 0 ? RemovalReason.PUBLICATION
                                : RemovalReason.NAVIGATION;
                    }
                }
                for (int i = posts.get(p)[1] + 2; i < next; i++) {
                    if (reasons[i] == null && isBoardLine(lines.get(i).text().strip())) {
                        reasons[i] = RemovalReason.NAVIGATION; // the post's buttons under it: 回復　引用, 使用道具　舉報, 頂部
                    }
                }
                continue;
            }
            for (int i = posts.get(p)[0]; i < next; i++) {
                reasons[i] = RemovalReason.FORUM_REPLY; // whatever a line of it looks like (来源：… quoted from the post)
            }
        }
    }

    /** A post's time without the font-size switch a board prints before it: 大 中 小 发表于 2010-2-3 20:41. */
    private static String withoutFontSizes(String line) {
        return FONT_SIZES.matcher(line.strip()).replaceFirst("");
    }

    private static final Pattern FONT_SIZES = Pattern.compile("^大[\\s\\u3000]*中[\\s\\u3000]*小[\\s\\u3000]+");

    /** The index of the author's name over a post's floor word, over the lines of their profile (UID 2231, 中级会员), or -1. */
    private static int nameOverProfile(List<SourceLine> lines, int floor) {
        int j = overProfile(lines, floor);
        return j >= 0 && NAME.matcher(lines.get(j).text().strip()).matches() ? j : -1;
    }

    /** The line right over the lines of a poster's profile that stand right over a line (积分 310 / 中级会员). */
    private static int overProfile(List<SourceLine> lines, int line) {
        int j = line - 1;
        while (j > 0 && isProfileLine(lines.get(j).text())) {
            j--;
        }
        return j;
    }

    /** The line after a thread's last reply: where the page's footer, which its rules name, begins. */
    private static int lastOfThread(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        int end = lines.size();
        for (int i = lines.size() - 1; i > from && reasons[i] != null; i--) {
            end = i;
        }
        return end;
    }
}

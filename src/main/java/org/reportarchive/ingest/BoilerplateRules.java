package org.reportarchive.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.OtherScripts;
import org.reportarchive.text.Simplified;

/**
 * Recognises lines that are not report text (navigation, publishing lines, contact details, advertising,
 * copyright footers, page-continuation markers) with the editable rules in {@code boilerplate.yaml}.
 */
public final class BoilerplateRules {

    /**
     * One rule: a reason, a pattern and the longest line it applies to; whether it applies inside the text, whether
     * what a page lists after a line it matches, below the text, is the page's too, and whether a line it matches
     * ends a post wherever it stands (nothing under it extends the text).
     */
    public record Rule(RemovalReason reason, Pattern pattern, int maxLength, boolean inBody, boolean endsText,
                       boolean sentences, boolean endsPost) {
        boolean matches(String line, int length) {
            return length <= maxLength && pattern.matcher(line).find();
        }
    }

    private record RuleSpec(@JsonProperty("reason") RemovalReason reason,
                            @JsonProperty("pattern") String pattern,
                            @JsonProperty("max_length") int maxLength,
                            @JsonProperty("in_body") Boolean inBody,
                            @JsonProperty("ends_text") Boolean endsText,
                            @JsonProperty("sentences") Boolean sentences,
                            @JsonProperty("ends_post") Boolean endsPost) {
    }

    private record RuleFile(@JsonProperty("rules") List<RuleSpec> rules) {
    }

    /**
     * A clause, a comma, and a full stop at the end: 设立代表联络热线0572-5123456，全年受理群众来电216件。; or a clause
     * that a semicolon ends, as the items of a sentence's list do (来源：省级财政补助资金3200万元；): no page's line ends so.
     */
    private static boolean isSentence(String line) {
        char end = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
        return end == '。' && (line.contains("，") || line.contains(",")) || end == '；' || end == ';';
    }

    /** Lines longer than this that contain a full stop are never stripped. */
    private static final int SENTENCE_GUARD = 40;

    private static final BoilerplateRules DEFAULT = load();

    private final List<Rule> rules;
    /** The longest line any rule applies to. */
    private final int longest;
    /** Whether any rule may name a sentence in the text, and around it. */
    private final boolean sentencesInBody;
    private final boolean sentencesAround;

    public BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.longest = rules.stream().mapToInt(Rule::maxLength).max().orElse(0);
        this.sentencesInBody = rules.stream().anyMatch(r -> r.sentences() && r.inBody());
        this.sentencesAround = rules.stream().anyMatch(Rule::sentences);
    }

    public static BoilerplateRules defaults() {
        return DEFAULT;
    }

    private static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("boilerplate.yaml")) {
            RuleFile file = new ObjectMapper(new YAMLFactory()).readValue(in, RuleFile.class);
            return new BoilerplateRules(file.rules().stream()
                    .map(s -> new Rule(s.reason(), Pattern.compile(s.pattern()), s.maxLength(),
                            s.inBody() == null || s.inBody(), Boolean.TRUE.equals(s.endsText()),
                            Boolean.TRUE.equals(s.sentences()), Boolean.TRUE.equals(s.endsPost())))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate.yaml", e);
        }
    }

    /**
     * The reason a line is not report text, if a rule says so.
     *
     * @param inBody true for lines between the first and the last paragraph of the report, where only rules
     *               marked {@code in_body} apply
     */
    public Optional<RemovalReason> classify(String line, boolean inBody) {
        return rule(line, inBody).map(Rule::reason);
    }

    /**
     * Whether, below the report's text, what a page lists after this line is the page's too (a line under
     * 相关新闻, after a post's END): the first rule that names the line says so.
     */
    public boolean endsText(String line) {
        return rule(line, false).map(Rule::endsText).orElse(false);
    }

    /**
     * Whether a line ends a post wherever it stands (— END —, 往期推荐, an online editor's 修订记录): what its platform
     * prints under it never extends the report's text.
     */
    public boolean endsPost(String line) {
        return rule(line, true).map(Rule::endsPost).orElse(false);
    }

    /** A site's address at the start of a line, and the spaces after it. */
    private static final java.util.regex.Pattern SITE_ADDRESS =
            java.util.regex.Pattern.compile("^(https?://|www\\.)[\\x21-\\x7E]+[\\s\\u3000]+");

    /**
     * The rules' answers for the lines this thread asked about last: a report's cleaning asks about most lines
     * several times, inside the text and around it, and the answers depend on the line only.
     */
    private final ThreadLocal<RecentAnswers> recent = ThreadLocal.withInitial(RecentAnswers::new);

    /** The first rule that names the line as not report text. */
    private Optional<Rule> rule(String written, boolean inBody) {
        RecentAnswers recentAnswers = recent.get();
        int slot = recentAnswers.slot(written);
        Answers answers = recentAnswers.answers(slot, written);
        if (answers == null) {
            answers = firstRules(written);
            Matcher counted = answers.around().isEmpty() && written.length() <= 2 * longest && countsReaders(written)
                    ? READERS_AFTER.matcher(written) : null;
            if (counted != null && counted.find() && counted.start() > 0) {
                // a publishing line with its readers' count after it (新甘肃·甘肃日报　　2022年01月10日 08:30　　阅读量：15326)
                Answers before = firstRules(written.substring(0, counted.start()));
                answers = before.around().filter(r -> r.reason() == RemovalReason.PUBLICATION).isPresent() ? before : NONE;
            }
            recentAnswers.keep(slot, written, answers);
        }
        return inBody ? answers.inBody() : answers.around();
    }

    /** Whether a line has a word of a count of readers (阅读, 浏览, 点击), in either script. */
    private static boolean countsReaders(String line) {
        return line.indexOf('阅') >= 0 || line.indexOf('浏') >= 0 || line.indexOf('点') >= 0 || line.indexOf('閱') >= 0
                || line.indexOf('瀏') >= 0;
    }

    /** A count of a page's readers at a line's end, after a wide space: 　　阅读量：15326, 　浏览：1,208. */
    private static final Pattern READERS_AFTER = Pattern.compile(
            "[\\s\\u3000]+(阅读量|阅读数|阅读次数|阅读|浏览量|浏览次数|浏览|点击量|点击数|点击|閱讀|瀏覽)[:：]?[\\s\\u3000]*[0-9０-９][0-9０-９,，.]*[万wWkK]?次?$");

    /** The first rule that names a line inside the text, and the first around it. */
    private record Answers(Optional<Rule> inBody, Optional<Rule> around) {
    }

    private static final Answers NONE = new Answers(Optional.empty(), Optional.empty());

    /** The first rules that name the line as not report text, inside the text and around it, looked up at once. */
    private Answers firstRules(String written) {
        if (written.length() > 2 * longest) {
            return NONE; // (a paragraph: no rule reads a line that long, even in two scripts)
        }
        String line = OtherScripts.strip(written); // a bilingual page's line, by its Chinese words
        if (line.startsWith("http") || line.startsWith("www.")) {
            // a site's address printed before its byline: http://www.cqnews.net　2007-01-22　来源：……
            String rest = SITE_ADDRESS.matcher(line).replaceFirst("");
            line = rest.isEmpty() ? line : rest;
        }
        int length = line.codePointCount(0, line.length());
        if (length > longest) {
            return NONE;
        }
        // a line of running text is report text, whatever words it contains, unless a rule is written for a page's
        // own sentences (本站部分内容来源于网络，如有侵权请联系删除。)
        boolean sentence = length > SENTENCE_GUARD && line.contains("。") || isSentence(line);
        boolean body = !sentence || sentencesInBody;
        boolean around = !sentence || sentencesAround;
        if (!body && !around) {
            return NONE; // (the common case: no rule may read it)
        }
        // a traditional page's 來源 and 關閉 read as 来源 and 关闭; a no-break space (&nbsp;) as a space
        String view = Simplified.of(line).replace('\u00A0', ' ');
        Rule inBody = null;
        Rule outside = null;
        for (Rule rule : rules) {
            boolean forBody = body && inBody == null && rule.inBody();
            boolean forAround = around && outside == null;
            if ((forBody || forAround) && (!sentence || rule.sentences()) && rule.matches(view, length)) {
                inBody = forBody ? rule : inBody;
                outside = forAround ? rule : outside;
            }
            if ((!body || inBody != null) && (!around || outside != null)) {
                break;
            }
        }
        return new Answers(Optional.ofNullable(inBody), Optional.ofNullable(outside));
    }

    public boolean isPageMarker(String line) {
        return classify(line, true).filter(r -> r == RemovalReason.PAGE_MARKER).isPresent();
    }

    /** A fixed number of lines' answers, each in the slot its line's hash gives; a later line takes an earlier one's. */
    private static final class RecentAnswers {
        private static final int SLOTS = 1 << 12;
        private final String[] lines = new String[SLOTS];
        private final Answers[] answers = new Answers[SLOTS];

        int slot(String line) {
            int h = line.hashCode();
            return (h ^ h >>> 16) & SLOTS - 1;
        }

        /** The answers kept for the line in its slot, or null. */
        Answers answers(int slot, String line) {
            return line.equals(lines[slot]) ? answers[slot] : null;
        }

        void keep(int slot, String line, Answers kept) {
            lines[slot] = line;
            answers[slot] = kept;
        }
    }
}

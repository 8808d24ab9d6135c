package org.reportarchive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Place;
import org.reportarchive.model.Publication;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.places.Division;
import org.reportarchive.places.Divisions;
import org.reportarchive.places.PlaceFinder;
import org.reportarchive.text.Simplified;

/**
 * Puts together a report's metadata from the evidence its text gives, in a fixed order: the title, the delivery
 * line, the opening sentence, the speaker line, the publication line, the body. Each field takes the first
 * evidence that is unambiguous, and records where it came from; the sidecar wins over all of it. What nothing
 * says stays empty, with a warning: a wrong value shown as fact is worse than a missing one. A document that
 * replaces names with placeholders (XX, XXX, ○○, 某某) stays anonymous.
 */
final class MetadataResolver {

    static final String TITLE = "title";
    static final String DELIVERY = "delivery line";
    static final String OPENING = "opening sentence";
    static final String SPEAKER = "speaker line";
    static final String PUBLICATION = "publication line";
    static final String BODY = "body";
    static final String SIDECAR = "sidecar";
    static final String TITLE_JOINED = "title, two lines joined";
    static final String EDITOR = "editor's note";
    static final String DIVISIONS = "division table";

    /** 我受……委托，向大会报告 (a standing committee's work report). */
    private static final Pattern REPORTS_TO_CONGRESS = Pattern.compile(
            "^((现在|下面|今天|这次会议上)[，,]?)?我(受.{0,40}?(人民代表大会常务委员会|人大常委会|常务委员会|常委会)委托"
                    + "|代表.{0,40}?(人民代表大会常务委员会|人大常委会|常务委员会|常委会)).{0,6}向(大会|本次会议)(报告|作报告)");
    /** What an editor's note says of a text that is abridged: 编者按：……现将报告摘登如下。 */
    private static final Pattern ABRIDGED = Pattern.compile("摘登|摘要|节选|摘编|有删节|略有删节|摘录");
    /** A closing note that the text is abridged: （本文有删节）, （有删节）, （节选）. */
    private static final Pattern ABRIDGED_NOTE = Pattern.compile(
            "^[（(]\\s*(本文|全文|此文|文章|报告|讲话)?\\s*(刊发|发表|刊登|转载|编发)?(时)?\\s*(有删节|略有删节|有所删节|系节选|为节选|节选|摘登|摘编|摘要)\\s*[）)]$");
    /** A paragraph that is an ellipsis alone (……): the place of a passage left out. */
    private static final Pattern OMISSION = Pattern.compile("^[…．.。·]{2,}$|^（略）$|^\\(略\\)$|^【略】$");
    /** 受主任会议委托，现就……作说明 (an explanation of a draft). */
    private static final Pattern EXPLAINS = Pattern.compile("^(我)?受.{0,40}?委托.{0,6}(现|现在)?(就|对|将).{2,80}(作|做)(如下)?说明");
    private static final Pattern PLACE_NAME = Pattern.compile(
            "(\\p{IsHan}{2,10}?(省|市|自治区|自治州|地区|盟|县|区|旗))(第?\\S{1,4}届)?(人民代表大会|人大)");
    private static final Pattern SPEAKER_IN_TITLE = Pattern.compile("^(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3})同志在.+(讲话|致辞|发言)$");

    private final Divisions divisions;
    private final PlaceFinder places;

    MetadataResolver(Divisions divisions) {
        this.divisions = divisions;
        this.places = new PlaceFinder(divisions);
    }

    /** The metadata, and the parts of title and publication lines that are a website's, not the report's. */
    record Resolved(ReportMetadata metadata, List<Removal> removals) {
    }

    /** The title block's lines, sorted by what they are. */
    private static final class Header {
        SourceLine titleLine;
        FrontMatter.Title title;
        SourceLine deliveryLine;
        FrontMatter.Delivery delivery;
        FrontMatter.Speaker speaker;
        String speakerSource;
        int titleLines = 1;
        /** Where the title stands among the other lines of the title block. */
        int titleIndex;
        /** The subtitle under a headline (在……会议上的讲话), which says what the document is. */
        String subtitle;
        final List<String> lines = new ArrayList<>();
    }

    Resolved resolve(List<SourceLine> headerLines, List<Block> body, List<Removal> publicationLines,
                     boolean startsMid, boolean endsMid, Sidecar sidecar, List<String> warnings) {
        List<Removal> removals = new ArrayList<>();
        Header h = read(headerLines, sidecar, removals);
        String opening = opening(body);
        Map<String, String> sources = new LinkedHashMap<>();
        boolean anonymised = isAnonymised(headerLines, body);

        // title and kind
        String title = sidecar.title() != null ? sidecar.title() : h.title == null ? null : h.title.title();
        source(sources, "title", title, sidecar.title() != null ? SIDECAR : h.titleLines == 2 ? TITLE_JOINED : TITLE);
        Kind kind = sidecar.kind() != null ? Kind.fromCode(sidecar.kind()) : null;
        String kindSource = SIDECAR;
        if (kind == null && h.title != null) {
            kind = kindOfTitle(Simplified.of(h.title.title()));
            if (kind == null && h.subtitle != null) {
                kind = kindOfTitle(Simplified.of(h.subtitle));
            }
            kindSource = TITLE;
        }
        if (kind == null && opening != null) {
            kind = kindOfOpening(Simplified.of(opening));
            kindSource = OPENING;
        }
        if (kind == null && speechNote(h.lines, body) != null) {
            kind = Kind.SPEECH; // 编者按：……在闭幕会上发表重要讲话
            kindSource = EDITOR;
        }
        if (kind == null && startsWithComrades(body)) {
            kind = Kind.SPEECH;
            kindSource = BODY;
        }
        if (kind == null && h.title != null) {
            kind = Kind.OTHER; // a title that names another kind of document (审议意见, 工作要点)
            kindSource = TITLE;
        }
        if (kind == null) {
            kind = Kind.OTHER;
            warnings.add("kind: not recognised from the title or the opening sentence; it is filed as other;"
                    + " add 'kind:' to the sidecar");
        } else {
            sources.put("kind", kindSource);
        }

        // place
        Place place = null;
        if (sidecar.place() != null || sidecar.city() != null || sidecar.province() != null) {
            place = sidecarPlace(sidecar, warnings);
            if (place != null) {
                sources.put("place", SIDECAR);
            }
        } else if (!anonymised) {
            place = findPlace(h, opening, publicationLines, body, sources, warnings);
            if (place == null && sources.get("anonymised") == null
                    && warnings.stream().noneMatch(w -> w.startsWith("place:"))) {
                String unknown = unknownPlace(h);
                warnings.add(unknown != null ? "place: '" + unknown + "' is not in the divisions table; add 'place:'"
                        + " and 'province:' to the sidecar"
                        : "place: the text does not say whose congress this is (no place before 人民代表大会 or 人大"
                        + " in the title, delivery line, opening sentence, speaker line or publication line); add"
                        + " 'place:' to the sidecar");
            }
            anonymised = sources.remove("anonymised") != null;
        }
        if (place != null && !sources.containsKey("city") && place.city() != null) {
            sources.put("city", place.city().equals(place.name()) ? sources.get("place") : DIVISIONS);
        }
        if (place != null && !sources.containsKey("province") && place.province() != null) {
            sources.put("province", place.province().equals(place.name()) ? sources.get("place") : DIVISIONS);
        }

        // date, year, meeting: the delivery line, else the meeting a title names (在……会议上的讲话)
        FrontMatter.Delivery inTitle = h.title == null ? null : FrontMatter.meeting(h.title.title())
                .or(() -> h.subtitle == null ? Optional.empty() : FrontMatter.meeting(h.subtitle)).orElse(null);
        FrontMatter.Delivery inOpening = h.delivery == null && inTitle == null && opening != null
                ? FrontMatter.openingMeeting(opening).orElse(null) : null;
        FrontMatter.Delivery noted = (h.delivery == null || h.delivery.session() == null)
                && (inTitle == null || inTitle.session() == null) ? editorsNote(h.lines, body) : null;
        LocalDate date = sidecar.parsedDate();
        source(sources, "date", date, SIDECAR);
        if (date == null && h.delivery != null && h.delivery.date() != null) {
            date = h.delivery.date();
            sources.put("date", DELIVERY);
        } else if (date == null && inTitle != null && inTitle.date() != null) {
            date = inTitle.date();
            sources.put("date", TITLE);
        } else if (date == null && inOpening != null) {
            date = inOpening.date(); // 2023年8月29日，……常务委员会第十三次会议听取和审议了……
            sources.put("date", OPENING);
        } else if (date == null && noted != null && noted.date() != null) {
            date = noted.date(); // 编者按：2025年1月8日，……会议……向大会报告工作
            sources.put("date", EDITOR);
        }
        Integer year = sidecar.year() != null ? sidecar.year() : date != null ? Integer.valueOf(date.getYear())
                : h.delivery != null && h.delivery.year() != null ? h.delivery.year()
                : noted != null ? noted.year() : null;
        source(sources, "year", year, sidecar.year() != null ? SIDECAR : date != null ? sources.get("date")
                : h.delivery != null && h.delivery.year() != null ? DELIVERY : EDITOR);
        if (date == null && year == null) {
            warnings.add("date: the text does not say when the report was delivered; add 'date:' or 'year:' to"
                    + " the sidecar");
        }
        FrontMatter.Delivery meeting = h.delivery != null && h.delivery.session() != null ? h.delivery
                : inTitle != null ? inTitle : inOpening != null ? inOpening : h.delivery;
        String meetingSource = meeting == h.delivery ? DELIVERY : meeting == inOpening ? OPENING : TITLE;
        if (noted != null) {
            meeting = noted; // 编者按：……第十八届人民代表大会第三次会议……向大会作常委会工作报告
            meetingSource = EDITOR;
        }
        Integer congress = sidecar.congress() != null ? sidecar.congress() : meeting == null ? null : meeting.congress();
        source(sources, "congress", congress, sidecar.congress() != null ? SIDECAR : meetingSource);
        Integer session = sidecar.session() != null ? sidecar.session() : meeting == null ? null : meeting.session();
        source(sources, "session", session, sidecar.session() != null ? SIDECAR : meetingSource);
        String meetingKind = meeting == null || meeting.session() == null ? null
                : meeting.standingCommittee() ? ReportMetadata.STANDING_COMMITTEE : ReportMetadata.CONGRESS;

        // speaker and office
        String speakerName = sidecar.speaker() != null ? sidecar.speaker() : h.speaker == null ? null : h.speaker.name();
        String office = sidecar.office() != null ? sidecar.office() : h.speaker == null ? null : h.speaker.office();
        if (speakerName != null && PlaceFinder.ANONYMISED.matcher(speakerName).find()) {
            speakerName = null;
        }
        if (speakerName == null && sidecar.speaker() == null && h.title != null) {
            Matcher m = SPEAKER_IN_TITLE.matcher(h.title.title());
            if (m.find() && !PlaceFinder.ANONYMISED.matcher(m.group(1)).find()) {
                speakerName = FrontMatter.normaliseName(m.group(1));
                sources.put("speaker", TITLE);
            }
        }
        if (!sources.containsKey("speaker")) {
            source(sources, "speaker", speakerName, sidecar.speaker() != null ? SIDECAR : h.speakerSource);
        }
        if (office == null && speakerName != null && sidecar.office() == null) {
            office = officeInNote(speechNote(h.lines, body), Simplified.of(speakerName));
            if (office != null) {
                sources.put("office", EDITOR);
            }
        }
        if (!sources.containsKey("office")) {
            source(sources, "office", office, sidecar.office() != null ? SIDECAR : h.speakerSource);
        }

        // publication
        Publication publication;
        if (sidecar.publication() != null) {
            publication = new Publication(sidecar.publication(), null, null, sidecar.publication());
            sources.put("publication", SIDECAR);
        } else {
            publication = PublicationLine.parse(publicationLines, removals);
            source(sources, "publication", publication, PUBLICATION);
        }

        if (title == null) {
            warnings.add("title: no title found; add 'title:' to the sidecar");
        }
        boolean excerpt = h.title != null && h.title.excerpt();
        boolean abridged = !excerpt && abridged(h.lines, body);
        boolean incomplete = sidecar.incomplete() != null ? sidecar.incomplete()
                : startsMid || endsMid || excerpt || abridged;
        String reason = null;
        if (incomplete) {
            reason = startsMid && endsMid ? "原文开头接续自报纸其他版面，结尾转至其他版面，前后均有缺失。"
                    : startsMid ? "原文开头接续自报纸其他版面（“上接”），此前的部分缺失。"
                    : endsMid ? "原文结尾转至报纸其他版面（“转版”），此后的部分缺失。"
                    : excerpt ? "原文标题注明为摘要或节选，不是全文。"
                    : abridged ? "原文的编者说明报告有删节（摘登或节选），不是全文。"
                    : "据编者说明，原文不完整。";
        }
        ReportMetadata m = new ReportMetadata(title, place, date, year, congress, session, meetingKind, speakerName,
                office, kind, publication, incomplete, reason, anonymised, h.lines, sidecar.suppliedFields(),
                sources);
        return new Resolved(m, removals);
    }

    private static void source(Map<String, String> sources, String field, Object value, String source) {
        if (value != null && source != null) {
            sources.put(field, source);
        }
    }

    /** Whether the line after {@code i} in the source is a delivery line (on one line or two). */
    private static boolean deliveryFollows(List<SourceLine> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i + 1).number() != lines.get(i).number() + 1) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return FrontMatter.parseDelivery(next).isPresent() || i + 2 < lines.size()
                && FrontMatter.parseDeliveryOverTwoLines(next, lines.get(i + 2).text()).isPresent();
    }

    /** A line that names a congress or its standing committee and nothing else (no term, no meeting). */
    private static boolean isBodyName(String line) {
        return Simplified.of(SourceLine.trim(line)).matches("^[^届次]{0,30}?(人民代表大会|人大)(常务委员会|常委会)?$");
    }

    /** Whom a document is addressed to, on a line of its own: 市人民政府： */
    private static boolean isAddressee(String text) {
        String s = text.strip();
        return s.length() <= 24 && s.matches("^[^，。；,;]+[：:]$");
    }

    private static boolean isSubtitle(String line) {
        return line.strip().matches("^(——|—|--|－－).+");
    }

    /** A short line that could be a headline: no sentence punctuation, not a date, meeting or name. */
    private static boolean isHeadline(String line) {
        String s = SourceLine.trim(line);
        return s.length() >= 4 && s.length() <= 40 && !FrontMatter.containsSentencePunctuation(s)
                && FrontMatter.parseDelivery(s).isEmpty() && FrontMatter.parseSpeaker(s).isEmpty()
                && FrontMatter.parseNameLine(s).isEmpty() && !s.matches(".*[:：]$");
    }

    /** Sorts the title block's lines: the title, the delivery line, the speaker line, and the rest as they are. */
    private static Header read(List<SourceLine> lines, Sidecar sidecar, List<Removal> removals) {
        Header h = new Header();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (h.titleLine == null && i + 1 < lines.size() && FrontMatter.isTitleHead(t)
                    && lines.get(i + 1).number() == line.number() + 1
                    && !(isBodyName(t) && FrontMatter.isTitle(lines.get(i + 1).text()))
                    && FrontMatter.isTitle(t + FrontMatter.normaliseName(lines.get(i + 1).text().strip()))) {
                // (the next line of the source; a site's name over a whole title is not part of it)
                // a title set over two lines: 芜湖市人民代表大会常务委员会 / 工作报告 (or 工　作　报　告)
                SourceLine next = lines.get(++i);
                h.titleLine = new SourceLine(line.number(), t.strip() + FrontMatter.normaliseName(next.text().strip()));
                h.title = FrontMatter.title(h.titleLine.text());
                h.titleLines = 2;
                continue;
            }
            if (h.titleLine == null && isSubtitle(t) && FrontMatter.isTitle(t) && !h.lines.isEmpty()
                    && isHeadline(h.lines.get(h.lines.size() - 1))) {
                // a headline and its subtitle: 在新的起点上…新篇章 / ——在……闭幕会上的讲话
                String headline = h.lines.remove(h.lines.size() - 1);
                h.titleLine = new SourceLine(line.number() - 1, headline);
                h.title = FrontMatter.title(headline);
                h.subtitle = FrontMatter.title(t.replaceFirst("^[—–\\-－\\s]+", "")).title();
                h.lines.add(t);
                continue;
            }
            if (h.titleLine == null && h.delivery == null && i + 2 == lines.size() && isHeadline(t)
                    && FrontMatter.parseNameLine(lines.get(i + 1).text()).isPresent()) {
                // a headline over the speaker's name, the last lines before the text: 奋力谱写……新篇章 / 李红军
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                continue;
            }
            if (h.titleLine != null && h.titleLines == 1 && h.subtitle == null && h.delivery == null
                    && h.speaker == null && FrontMatter.isTitle(t) && deliveryFollows(lines, i)) {
                // two titles before the delivery line: the one right above it is the document's own, the first a
                // site's listing of it (2016年县人大常委会工作报告（范文）), which stays in the title block as written
                SourceLine listing = h.titleLine;
                removals.removeIf(r -> r.line() == listing.number() && r.reason() == RemovalReason.LABEL);
                h.lines.add(h.titleIndex, listing.text().strip());
                h.titleLine = null;
            }
            if (h.titleLine == null && FrontMatter.isTitle(t)) {
                h.titleIndex = h.lines.size();
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                for (String label : h.title.labels()) {
                    removals.add(new Removal(line.number(), RemovalReason.LABEL, label));
                }
                if (sidecar.title() != null && !sidecar.title().equals(h.title.title())) {
                    h.lines.add(h.title.title()); // the source's title stays on the page
                }
                continue;
            }
            Optional<FrontMatter.Delivery> d = h.delivery != null || i + 1 >= lines.size() ? Optional.empty()
                    : FrontMatter.parseDeliveryOverTwoLines(t, lines.get(i + 1).text());
            if (d.isPresent()) {
                // a delivery line broken over two lines: read as one
                t = t.strip() + lines.get(++i).text().strip();
                line = new SourceLine(line.number(), t);
            } else {
                d = FrontMatter.parseDelivery(t);
            }
            if (d.isPresent() && h.delivery != null && h.delivery.date() == null && h.delivery.year() == null
                    && d.get().date() != null && d.get().session() != null) {
                h.delivery = null; // a session document's header, then the delivery line itself: the line is read
            }
            if (d.isPresent() && h.delivery != null && h.delivery.date() == null && d.get().date() != null
                    && d.get().session() == null && d.get().speakerPart() == null) {
                // the date on a line of its own, under a delivery line without one
                h.delivery = h.delivery.withDate(d.get().date());
                h.lines.add(t);
                continue;
            }
            if (d.isPresent() && h.delivery == null) {
                h.deliveryLine = line;
                h.delivery = d.get();
                String rest = h.delivery.speakerPart();
                FrontMatter.Speaker inline = rest == null ? null : FrontMatter.parseSpeaker(rest).orElse(null);
                if (inline == null) {
                    h.lines.add(t);
                } else {
                    h.lines.add(t.substring(0, t.length() - rest.length()).strip());
                    h.lines.add(inline.name() == null ? rest.strip() : inline.office() + " " + inline.name());
                    if (h.speaker == null) {
                        h.speaker = inline;
                        h.speakerSource = DELIVERY;
                    }
                }
                continue;
            }
            Optional<FrontMatter.Speaker> s = FrontMatter.parseSpeaker(t);
            if (s.isPresent() && (h.speaker == null || h.speaker.office() == null && SPEAKER.equals(h.speakerSource))) {
                // an office and a name outrank a name alone
                h.speaker = s.get();
                h.speakerSource = SPEAKER;
                h.lines.add(h.speaker.name() == null ? t : h.speaker.office() + " " + h.speaker.name());
                continue;
            }
            Optional<String> name = h.titleLine == null || h.speaker != null ? Optional.empty()
                    : FrontMatter.parseNameLine(t);
            if (name.isPresent()) {
                h.speaker = new FrontMatter.Speaker(null, name.get());
                h.speakerSource = SPEAKER;
                h.lines.add(name.get());
                continue;
            }
            h.lines.add(t);
        }
        return h;
    }

    /** An editor's note that says at which session the report was delivered: its meeting and year, not a day. */
    private static final Pattern DELIVERED_TO = Pattern.compile("向(大会|会议)(作|做)?.{0,12}(工作)?报告|报告了.{0,10}工作");
    /** An editor's note saying a speech was given: 在闭幕会上发表重要讲话, 在开幕式上致辞. */
    private static final Pattern SPOKE_AT = Pattern.compile(
            "在(开幕会|闭幕会|开幕式|闭幕式|开幕大会|闭幕大会|大会|会议|全体会议)上(发表|作|做)?了?.{0,6}(讲话|致辞)|(发表|作|做)了?.{0,6}(讲话|致辞)");

    /** The sentences of the editor's notes in the title block or the first two paragraphs, in simplified characters. */
    private static List<String[]> editorsNotes(List<String> headerLines, List<Block> body) {
        List<String> candidates = new ArrayList<>(headerLines);
        for (int i = 0; i < Math.min(2, body.size()); i++) {
            candidates.add(body.get(i).text());
        }
        List<String[]> notes = new ArrayList<>();
        for (String c : candidates) {
            String note = Simplified.of(c.strip());
            if (FrontMatter.isEditorsNote(note)) {
                notes.add(note.split("。"));
            }
        }
        return notes;
    }

    /** The sentence of an editor's note that says a speech was given, if there is one. */
    private static String speechNote(List<String> headerLines, List<Block> body) {
        for (String[] note : editorsNotes(headerLines, body)) {
            for (String sentence : note) {
                if (SPOKE_AT.matcher(sentence).find()) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /**
     * The office an editor's note gives the speaker, just before the name in the sentence that says the speech
     * was given ({@code 区委书记李红军在闭幕会上发表重要讲话}): null unless it ends in a title (书记, 主任 ...).
     */
    private static String officeInNote(String sentence, String name) {
        int at = sentence == null || name == null ? -1 : sentence.indexOf(name);
        if (at <= 0) {
            return null;
        }
        String before = sentence.substring(0, at);
        String office = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf('、')) + 1).strip();
        return office.length() >= 3 && office.length() <= 20 && OFFICE_END.matcher(office).find() ? office : null;
    }

    private static final Pattern OFFICE_END = Pattern.compile("(书记|主任|委员长|主席|省长|市长|县长|区长|旗长|州长)$");

    private static FrontMatter.Delivery editorsNote(List<String> headerLines, List<Block> body) {
        for (String[] note : editorsNotes(headerLines, body)) {
            for (String sentence : note) {
                boolean speech = !DELIVERED_TO.matcher(sentence).find();
                if (speech && !SPOKE_AT.matcher(sentence).find()) {
                    continue;
                }
                FrontMatter.Delivery d = FrontMatter.meeting(sentence).orElse(null);
                boolean sameSentence = d != null && d.session() != null;
                String dated = sentence;
                if (!sameSentence) {
                    // the session named in another sentence of the note
                    for (String other : note) {
                        d = FrontMatter.meeting(other).orElse(null);
                        if (d != null && d.session() != null) {
                            dated = other;
                            break;
                        }
                    }
                }
                if (d != null && d.session() != null) {
                    // a day in the sentence that says the report was delivered is the report's; the day a session
                    // opened (开幕) is not: then the year only. A speech at a closing (or opening) meeting was given
                    // on the day the note says the session closed (or opened).
                    boolean reportDay = d.date() != null && (sameSentence ? !sentence.contains("开幕")
                            : speech && (sentence.contains("闭幕") && dated.contains("闭幕")
                                    || sentence.contains("开幕") && dated.contains("开幕")));
                    return new FrontMatter.Delivery(reportDay ? d.date() : null, d.year(), null, d.congress(), d.session(),
                            d.standingCommittee(), null);
                }
            }
        }
        return null;
    }


    private static boolean isAbridgedNote(String text) {
        return FrontMatter.isEditorsNote(text) && ABRIDGED.matcher(text).find();
    }

    /** Whether an editor's note (in the title block or the first paragraphs) or a closing note says the text is abridged. */
    private static boolean abridged(List<String> headerLines, List<Block> body) {
        for (String line : headerLines) {
            if (isAbridgedNote(Simplified.of(line.strip()))) {
                return true;
            }
        }
        int seen = 0;
        for (Block b : body) {
            if (seen++ == 3) {
                break;
            }
            if (isAbridgedNote(Simplified.of(b.text().strip()))) {
                return true;
            }
        }
        for (Block b : body) {
            if (OMISSION.matcher(b.text().strip()).matches()) {
                return true; // a passage left out, marked by an ellipsis of its own
            }
        }
        for (int i = body.size() - 1; i >= 0 && i >= body.size() - 2; i--) {
            if (ABRIDGED_NOTE.matcher(Simplified.of(body.get(i).text().strip())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The report's first sentence (after the salutation), if its text starts with a paragraph. */
    private static String opening(List<Block> body) {
        for (Block b : body) {
            if (b instanceof Paragraph p) {
                String t = p.text();
                if (FrontMatter.isSalutation(t) || isAddressee(t)) {
                    continue;
                }
                int end = t.indexOf('。');
                return end > 0 ? t.substring(0, end + 1) : t;
            }
            return null; // the text starts with a heading: there is no opening sentence
        }
        return null;
    }

    /** The kind a title names: a resolution, an explanation, a speech, a work report. */
    static Kind kindOfTitle(String title) {
        if (title.matches(".*(决议|决定)$")) {
            return Kind.RESOLUTION;
        }
        if (title.matches("^关于.+的说明$") || title.endsWith("说明")) {
            return Kind.EXPLANATION;
        }
        if (title.matches(".*(讲话|致辞|发言|主持词|开幕词|闭幕词)$")) {
            return Kind.SPEECH;
        }
        if (title.matches(".*(人民代表大会常务委员会|人大常委会).{0,10}工作报告$")) {
            return Kind.REPORT;
        }
        return null;
    }

    private static Kind kindOfOpening(String sentence) {
        if (REPORTS_TO_CONGRESS.matcher(sentence).find()) {
            return Kind.REPORT;
        }
        if (EXPLAINS.matcher(sentence).find()) {
            return Kind.EXPLANATION;
        }
        return null;
    }

    private static boolean startsWithComrades(List<Block> body) {
        return !body.isEmpty() && Simplified.of(body.get(0).text()).startsWith("同志们");
    }

    /**
     * The place the evidence names, in order: title, delivery line, opening sentence, speaker line, publication
     * line, body. Records the source of what it finds; a placeholder where the name would be marks the report
     * anonymised ({@code sources.anonymised}).
     */
    private Place findPlace(Header h, String opening, List<Removal> publication, List<Block> body,
                            Map<String, String> sources, List<String> warnings) {
        String whole = wholeText(h, body);
        List<String[]> evidence = new ArrayList<>();
        if (h.title != null) {
            evidence.add(new String[] {TITLE, h.title.title()});
        }
        if (h.deliveryLine != null) {
            evidence.add(new String[] {DELIVERY, h.deliveryLine.text()});
        }
        if (opening != null) {
            evidence.add(new String[] {OPENING, opening});
        }
        if (h.speaker != null) {
            evidence.add(new String[] {h.speakerSource.equals(DELIVERY) ? DELIVERY : SPEAKER, h.speaker.office()});
        }
        for (Removal r : publication) {
            evidence.add(new String[] {PUBLICATION, r.text()});
        }
        for (String[] e : evidence) {
            Optional<PlaceFinder.Reading> reading = places.congress(Simplified.of(e[1]), false);
            if (reading.isEmpty()) {
                continue;
            }
            if (reading.get() instanceof PlaceFinder.Placeholder) {
                sources.put("anonymised", e[0]);
                return null;
            }
            Place p = resolve(reading.get(), whole, e[0], warnings);
            if (p != null) {
                sources.put("place", e[0]);
                return p;
            }
        }
        return fromBody(body, whole, sources, warnings);
    }

    /** Failing all else, the congress the body names, if it names one only (人大常委会 forms only). */
    private Place fromBody(List<Block> body, String whole, Map<String, String> sources, List<String> warnings) {
        Set<String> named = new LinkedHashSet<>();
        Place found = null;
        for (Block b : body) {
            for (PlaceFinder.Reading r : places.congresses(Simplified.of(b.text()), true)) {
                if (r instanceof PlaceFinder.Named n) {
                    named.add(n.place().name());
                    if (found == null) {
                        found = resolve(n, whole, BODY, new ArrayList<>());
                    }
                }
            }
        }
        if (named.size() > 1) {
            warnings.add("place: the body names the congresses of " + String.join("、", named)
                    + ", and nothing else says which is the report's; add 'place:' to the sidecar");
            return null;
        }
        if (found != null) {
            sources.put("place", BODY);
        }
        return found;
    }

    /**
     * The unit a reading names: the one candidate of the innermost name that agrees with the names around it;
     * of several, the one whose parent the report names anywhere; else none, with a warning.
     */
    private Place resolve(PlaceFinder.Reading reading, String whole, String source, List<String> warnings) {
        if (reading instanceof PlaceFinder.National) {
            return Place.national();
        }
        PlaceFinder.Named named = (PlaceFinder.Named) reading;
        List<Division> candidates = new ArrayList<>();
        for (Division d : named.place().candidates()) {
            if (agrees(d, named.chain().subList(0, named.chain().size() - 1))) {
                candidates.add(d);
            }
        }
        if (candidates.size() > 1) {
            List<Division> narrowed = new ArrayList<>();
            for (Division d : candidates) {
                if (d.prefecture() != null && !d.prefecture().equals(d.name()) && whole.contains(d.prefecture())) {
                    narrowed.add(d);
                }
            }
            if (narrowed.size() == 1) {
                return narrowed.get(0).place();
            }
            List<String> where = candidates.stream().map(d -> d.prefecture() != null ? d.prefecture() : d.province())
                    .toList();
            warnings.add("place: " + named.place().name() + " (" + source + ") is a name of several places, in "
                    + String.join("、", where) + ", and the report names none of them alone; add 'place:' to the"
                    + " sidecar");
            return null;
        }
        return candidates.isEmpty() ? null : candidates.get(0).place();
    }

    /** Whether a unit lies in the units named before it (成都市 before 武侯区, 四川省 before 成都市). */
    private static boolean agrees(Division d, List<PlaceFinder.Mention> outer) {
        for (PlaceFinder.Mention m : outer) {
            boolean inside = m.candidates().stream().anyMatch(o -> o.name().equals(d.province())
                    || o.name().equals(d.prefecture()));
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** A name that looks like a place's, before 人民代表大会 or 人大 in the title or the delivery line, if any. */
    private static String unknownPlace(Header h) {
        for (String text : new String[] {h.title == null ? null : h.title.title(),
            h.deliveryLine == null ? null : h.deliveryLine.text()}) {
            if (text != null) {
                Matcher m = PLACE_NAME.matcher(Simplified.of(text));
                if (m.find() && !m.group(1).startsWith("全")) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String wholeText(Header h, List<Block> body) {
        StringBuilder sb = new StringBuilder();
        h.lines.forEach(l -> sb.append(l).append('\n'));
        if (h.title != null) {
            sb.append(h.title.title()).append('\n');
        }
        for (Block b : body) {
            sb.append(b.text()).append('\n');
        }
        return Simplified.of(sb.toString());
    }

    /**
     * The place a sidecar gives: {@code place} (a name, names from the province down, or a six-digit division
     * code), else city, province.
     */
    private Place sidecarPlace(Sidecar sidecar, List<String> warnings) {
        String given = sidecar.place() != null ? sidecar.place().strip() : sidecar.city() != null ? sidecar.city()
                : sidecar.province();
        if (given.matches("\\d{6}")) {
            Optional<Division> byCode = divisions.byCode(given);
            if (byCode.isPresent()) {
                return byCode.get().place();
            }
            warnings.add("place: division code " + given + " (sidecar) is not in the divisions table; write the"
                    + " place's name instead");
            return null;
        }
        Optional<PlaceFinder.Reading> r = places.congress(given + "人大", false);
        if (r.isPresent() && r.get() instanceof PlaceFinder.Named n
                && n.chain().get(0).start() == 0 && n.place().end() == given.length()) {
            Place p = resolve(n, given, SIDECAR, warnings);
            if (p != null) {
                return p;
            }
        }
        if (given.equals("全国")) {
            return Place.national();
        }
        String province = sidecar.province();
        if (province == null && sidecar.city() != null) {
            province = divisions.byName(sidecar.city()).map(Division::province).orElse(null);
        }
        if (province == null) {
            warnings.add("place: '" + given + "' (sidecar) is not in the divisions table; add 'province:' to the"
                    + " sidecar");
        }
        return new Place(given, null, null, sidecar.city(), province);
    }

    private static boolean isAnonymised(List<SourceLine> header, List<Block> body) {
        for (SourceLine l : header) {
            if (PlaceFinder.hasPlaceholder(Simplified.of(l.text()))) {
                return true;
            }
        }
        for (Block b : body) {
            if (PlaceFinder.hasPlaceholder(b.text())) {
                return true;
            }
        }
        return false;
    }
}

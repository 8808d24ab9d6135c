package org.reportarchive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Publication;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.places.Division;
import org.reportarchive.places.Divisions;

/**
 * Puts together a report's metadata from its title block, its text and its sidecar. The sidecar wins; what
 * neither says stays unknown. A document that replaces names with placeholders (XX, XXX) stays anonymous.
 */
final class MetadataResolver {

    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸ×]{2,}|某某");
    private static final Pattern PLACE_NAME = Pattern.compile("^(\\p{IsHan}{2,10}?(市|省|自治区|自治州|地区|盟|县|区))");

    private final Divisions divisions;

    MetadataResolver(Divisions divisions) {
        this.divisions = divisions;
    }

    ReportMetadata resolve(List<SourceLine> header, List<Block> body, List<String> publicationLines,
                           boolean startsMid, boolean endsMid, Sidecar sidecar, List<String> warnings) {
        String title = null;
        FrontMatter.Delivery delivery = null;
        FrontMatter.Speaker speaker = null;
        List<String> headerLines = new ArrayList<>();
        for (SourceLine line : header) {
            String t = line.text();
            if (title == null && FrontMatter.isTitle(t)) {
                title = FrontMatter.stripMarkdownHeading(t);
                continue;
            }
            Optional<FrontMatter.Delivery> d = FrontMatter.parseDelivery(t);
            if (d.isPresent() && delivery == null) {
                delivery = d.get();
                String rest = delivery.speakerPart();
                FrontMatter.Speaker inline = rest == null ? null : FrontMatter.parseSpeaker(rest).orElse(null);
                if (inline == null) {
                    headerLines.add(t);
                } else {
                    headerLines.add(t.substring(0, t.length() - rest.length()).strip());
                    headerLines.add(inline.office() + " " + inline.name());
                    speaker = speaker == null ? inline : speaker;
                }
                continue;
            }
            Optional<FrontMatter.Speaker> s = FrontMatter.parseSpeaker(t);
            if (s.isPresent() && speaker == null) {
                speaker = s.get();
                headerLines.add(speaker.office() + " " + speaker.name());
                continue;
            }
            headerLines.add(t);
        }
        boolean anonymised = isAnonymised(header, body);
        Kind kind = sidecar.kind() != null ? Kind.fromCode(sidecar.kind()) : inferKind(title, body);

        LocalDate date = sidecar.parsedDate() != null ? sidecar.parsedDate() : delivery == null ? null : delivery.date();
        Integer year = sidecar.year() != null ? sidecar.year() : date == null ? null : date.getYear();
        Integer congress = sidecar.congress() != null ? sidecar.congress() : delivery == null ? null : delivery.congress();
        Integer session = sidecar.session() != null ? sidecar.session() : delivery == null ? null : delivery.session();

        String speakerName = sidecar.speaker() != null ? sidecar.speaker() : speaker == null ? null : speaker.name();
        String office = sidecar.office() != null ? sidecar.office() : speaker == null ? null : speaker.office();
        if (speakerName != null && PLACEHOLDER.matcher(speakerName).find()) {
            speakerName = null;
        }

        String city = sidecar.city();
        String province = sidecar.province();
        if (city == null && province == null && !anonymised) {
            Division place = findPlace(delivery, title, office, warnings);
            if (place != null) {
                city = place.isCityLike() ? place.name() : null;
                province = place.province();
            }
        } else if (city != null && province == null) {
            province = divisions.byName(city).map(Division::province).orElse(null);
            if (province == null) {
                warnings.add("city '" + city + "' is not in the divisions table; add 'province:' to the sidecar");
            }
        }
        if (sidecar.title() != null) {
            title = sidecar.title();
        }
        if (title == null) {
            warnings.add("no title found; add 'title:' to the sidecar");
        }

        Publication publication = sidecar.publication() != null
                ? new Publication(sidecar.publication(), null, null, sidecar.publication())
                : PublicationLine.parse(publicationLines);

        boolean incomplete = sidecar.incomplete() != null ? sidecar.incomplete() : startsMid || endsMid;
        String reason = null;
        if (incomplete) {
            reason = startsMid && endsMid ? "原文开头接续自报纸其他版面，结尾转至其他版面，前后均有缺失。"
                    : startsMid ? "原文开头接续自报纸其他版面（“上接”），此前的部分缺失。"
                    : endsMid ? "原文结尾转至报纸其他版面（“转版”），此后的部分缺失。"
                    : "据编者说明，原文不完整。";
        }
        return new ReportMetadata(title, city, province, date, year, congress, session, speakerName, office, kind,
                publication, incomplete, reason, anonymised, headerLines, sidecar.suppliedFields());
    }

    /** The place named in the delivery line, the title or the speaker's office, looked up in the table. */
    private Division findPlace(FrontMatter.Delivery delivery, String title, String office, List<String> warnings) {
        List<String> candidates = new ArrayList<>();
        if (delivery != null && delivery.place() != null) {
            candidates.add(delivery.place());
        }
        if (title != null) {
            candidates.add(title);
        }
        if (office != null) {
            candidates.add(office);
        }
        for (String text : candidates) {
            Optional<Division> d = divisions.prefixOf(text);
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (String text : candidates) {
            Matcher m = PLACE_NAME.matcher(text);
            if (m.find() && !m.group(1).startsWith("全")) {
                warnings.add("place '" + m.group(1) + "' is not in the divisions table; add 'city:' and"
                        + " 'province:' to the sidecar");
                return null;
            }
        }
        return null;
    }

    private static boolean isAnonymised(List<SourceLine> header, List<Block> body) {
        for (SourceLine l : header) {
            if (PLACEHOLDER.matcher(l.text()).find()) {
                return true;
            }
        }
        for (Block b : body) {
            if (PLACEHOLDER.matcher(b.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A speech addresses 同志们 or is titled 讲话/致辞; a work report addresses the deputies. */
    private static Kind inferKind(String title, List<Block> body) {
        if (title != null) {
            if (title.contains("工作报告")) {
                return Kind.REPORT;
            }
            if (title.matches(".*(讲话|致辞|发言|主持词|开幕词|闭幕词)$")) {
                return Kind.SPEECH;
            }
        }
        if (!body.isEmpty() && body.get(0).text().startsWith("同志们")) {
            return Kind.SPEECH;
        }
        return Kind.REPORT;
    }
}

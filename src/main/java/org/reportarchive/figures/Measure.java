package org.reportarchive.figures;

import java.util.Optional;

/** What the archive counts in the reports, each with the id it has in the data and its name on the pages. */
public enum Measure {
    STANDING_COMMITTEE_SESSIONS("standing_committee_sessions", "常委会会议", "次"),
    DIRECTOR_MEETINGS("director_meetings", "主任会议", "次"),
    LAWS_ENACTED("laws_enacted", "制定法规", "件"),
    LAWS_AMENDED("laws_amended", "修改法规", "件"),
    LAWS_REPEALED("laws_repealed", "废止法规", "件"),
    APPOINTMENTS("appointments", "任免人员", "人次"),
    MAJOR_DECISIONS("major_decisions", "决议决定", "项"),
    INSPECTIONS("inspections", "执法检查", "次"),
    INQUIRIES("inquiries", "专题询问", "次"),
    SUGGESTIONS_HANDLED("suggestions_handled", "办理代表建议", "件"),
    NORMATIVE_DOCUMENTS_REVIEWED("normative_documents_reviewed", "备案审查规范性文件", "件");

    private final String id;
    private final String label;
    private final String usualUnit;

    Measure(String id, String label, String usualUnit) {
        this.id = id;
        this.label = label;
        this.usualUnit = usualUnit;
    }

    public String id() {
        return id;
    }

    /** Its name on the pages. */
    public String label() {
        return label;
    }

    /** The unit it is most often counted in. */
    public String usualUnit() {
        return usualUnit;
    }

    /** The page name of the measure ({@code laws-enacted}). */
    public String slug() {
        return id.replace('_', '-');
    }

    public static Optional<Measure> byId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

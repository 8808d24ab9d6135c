package org.reportarchive.model;

/**
 * What a document is: a standing committee's work report, a speech, an explanation of a draft (关于……的说明), a
 * resolution or decision; the committee's opinions on a report it heard (审议意见), the report of a law's inspection
 * (执法检查报告), of a study or a visit (调研报告, 视察报告), on how deputies' proposals were handled (代表建议办理情况的报告),
 * of a committee's review (审查结果报告), a deputy's account of his or her duties (履职报告, 述职报告); or another kind of
 * document. A document's kind is the one its title names; the order here is the order the site lists them in.
 */
public enum Kind {
    REPORT("report", "工作报告", "人大常委会（或人大主席团、人大工委）向本级人民代表大会会议报告一年或一届工作。"),
    SPEECH("speech", "讲话", "人大会议开幕、闭幕时的讲话，以及会议上的其他讲话、致辞和主持词。"),
    EXPLANATION("explanation", "说明", "向人大或其常委会会议说明法规、决定等草案（关于……的说明）。"),
    RESOLUTION("resolution", "决议决定", "人大或其常委会通过的决议、决定。"),
    OPINION("opinion", "审议意见", "常委会听取和审议专项工作报告后，交政府等机关研究处理的审议意见。"),
    INSPECTION("inspection", "执法检查报告", "执法检查组检查法律、法规的实施情况后所作的报告。"),
    SURVEY("survey", "调研视察报告", "常委会或其工作机构调研、视察后所作的报告。"),
    PROPOSALS("proposals", "建议议案办理报告", "人大代表建议、批评和意见的办理情况，或代表议案的处理、审议结果的报告。"),
    REVIEW("review", "审查结果报告", "人大专门委员会等对预算、计划、法规草案或代表资格所作的审查、审议结果报告。"),
    DUTY("duty", "履职述职报告", "人大代表的履职报告，以及国家机关工作人员向人大常委会所作的述职报告。"),
    OTHER("other", "其他文件", "以上各类之外的文件，如工作要点、立法计划、会议议程、名单和公告。");

    private final String code;
    private final String label;
    private final String description;

    Kind(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** What documents of the kind are, in a sentence for readers. */
    public String description() {
        return description;
    }

    public static Kind fromCode(String code) {
        for (Kind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        StringBuilder codes = new StringBuilder();
        for (Kind k : values()) {
            codes.append(codes.isEmpty() ? "" : k == OTHER ? " or " : ", ").append(k.code);
        }
        throw new IllegalArgumentException("unknown kind '" + code + "' (use " + codes + ")");
    }
}

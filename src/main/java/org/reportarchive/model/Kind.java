package org.reportarchive.model;

/**
 * What a document is: a standing committee's work report, a speech, an explanation of a draft (关于……的说明), a
 * resolution or decision; the committee's opinions on a report it heard (审议意见), the report of a law's inspection
 * (执法检查报告), of a study or a visit (调研报告, 视察报告), on how deputies' proposals were handled (代表建议办理情况的报告),
 * of a committee's review (审查结果报告), a deputy's account of his or her duties (履职报告, 述职报告); or another kind of
 * document. A document's kind is the one its title names; the order here is the order the site lists them in.
 */
public enum Kind {
    REPORT("report", "工作报告"),
    SPEECH("speech", "讲话"),
    EXPLANATION("explanation", "说明"),
    RESOLUTION("resolution", "决议决定"),
    OPINION("opinion", "审议意见"),
    INSPECTION("inspection", "执法检查报告"),
    SURVEY("survey", "调研视察报告"),
    PROPOSALS("proposals", "建议议案办理报告"),
    REVIEW("review", "审查结果报告"),
    DUTY("duty", "履职述职报告"),
    OTHER("other", "其他文件");

    private final String code;
    private final String label;

    Kind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
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

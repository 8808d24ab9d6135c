package org.reportarchive.model;

/** What a document is: a standing committee's work report, or a speech. */
public enum Kind {
    REPORT("report", "工作报告"),
    SPEECH("speech", "讲话");

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
        throw new IllegalArgumentException("unknown kind '" + code + "' (use report or speech)");
    }
}

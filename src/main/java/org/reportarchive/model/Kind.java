package org.reportarchive.model;

/**
 * What a document is: a standing committee's work report, a speech, an explanation of a draft (关于……的说明), a
 * resolution or decision, or another kind of document.
 */
public enum Kind {
    REPORT("report", "工作报告"),
    SPEECH("speech", "讲话"),
    EXPLANATION("explanation", "说明"),
    RESOLUTION("resolution", "决议决定"),
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
        throw new IllegalArgumentException("unknown kind '" + code
                + "' (use report, speech, explanation, resolution or other)");
    }
}

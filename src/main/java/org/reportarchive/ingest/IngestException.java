package org.reportarchive.ingest;

/**
 * A problem with an input file that a maintainer can fix. Its message is one line: the file, the line where it
 * applies, what is wrong and what to do.
 */
public class IngestException extends Exception {
    private final String file;
    private final int line;

    public IngestException(String file, int line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    private static String format(String file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}

package org.reportarchive.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import org.reportarchive.model.Report;

/**
 * Keeps ingested reports on disk between the build's two passes (ingest everything, then annotate each with the
 * glossary that all of them define), so memory does not grow with the archive.
 */
final class ReportStore {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path dir;

    ReportStore(Path dir) {
        this.dir = dir;
    }

    void put(Report report) throws IOException {
        JSON.writeValue(file(report.source()).toFile(), report);
    }

    Report get(String source) throws IOException {
        return JSON.readValue(file(source).toFile(), Report.class);
    }

    private Path file(String source) {
        return dir.resolve(source + ".json");
    }
}

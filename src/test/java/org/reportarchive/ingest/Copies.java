package org.reportarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reportarchive.model.Block;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/** Reading a copy written in a test: the report, the texts of its blocks, what was taken off it. */
final class Copies {

    private Copies() {
    }

    static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    static List<String> texts(Report r) {
        return r.body().stream().map(Block::text).toList();
    }

    static long count(Report r, RemovalReason reason) {
        return r.removals().stream().filter(x -> x.reason() == reason).count();
    }
}

package org.reportarchive.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the previous build with a cache wrote to its output folder: each file's hash, size and modification
 * time (so that an unchanged file is recognised without reading it), the key of what it was made from, and the
 * messages its making produced (fidelity problems, notes for maintainers), to be reported again when it is not
 * made again.
 *
 * @param out      the output folder it describes
 * @param indexKey the fingerprint of everything the index pages were made from
 * @param files    path in the site to what was written there
 * @param messages messages of the index stage for maintainers, in order
 */
record Manifest(String out, String indexKey, Map<String, Entry> files, List<String> messages) {

    Manifest {
        files = new TreeMap<>(files);
        messages = List.copyOf(messages);
    }

    /**
     * @param key      the fingerprint of what the file was made from, or null when it is judged by its content only
     * @param stage    which stage wrote it: {@code report:ID} or {@code index}
     * @param template the template of a page, or null for a data file
     * @param problems what a check found wrong with the file when it was made
     */
    record Entry(String hash, long size, long modified, String key, String stage, String template,
                 List<String> problems) {
        Entry {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    static Manifest empty(String out) {
        return new Manifest(out, null, Map.of(), List.of());
    }
}

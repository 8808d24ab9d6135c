package org.reportarchive.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a glossary entry's definition comes from.
 *
 * @param kind   law, document, speech, report or editors
 * @param title  the law, document or speech; for a report, its title
 * @param date   YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param report for a definition taken from a report: the report's id
 * @param footnote for a definition taken from a report: the footnote's number there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermSource(@JsonProperty("kind") String kind, @JsonProperty("title") String title,
                         @JsonProperty("date") String date, @JsonProperty("report") String report,
                         @JsonProperty("footnote") String footnote) {
}

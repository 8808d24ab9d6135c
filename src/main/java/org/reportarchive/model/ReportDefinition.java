package org.reportarchive.model;

/**
 * A report's own definition of a term, from its 名词解释 section, kept verbatim.
 *
 * @param reportId   the report
 * @param city       the report's city (null if anonymised)
 * @param label      the footnote's number in the report
 * @param term       the term as the report writes it ({@code “四个机关”建设})
 * @param definition the report's definition, verbatim
 */
public record ReportDefinition(String reportId, String reportTitle, String city, String label, String term,
                               String definition) {
}

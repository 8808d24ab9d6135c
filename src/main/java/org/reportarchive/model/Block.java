package org.reportarchive.model;

/** A unit of report structure: a heading or a paragraph. */
public sealed interface Block permits Heading, Paragraph {
    String id();

    String text();

    int line();
}

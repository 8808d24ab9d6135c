package org.reportarchive.model;

/**
 * Numbering styles of headings in these reports, in their usual order of depth. A report uses some of them;
 * levels are assigned by the order of the styles it uses.
 */
public enum HeadingStyle {
    /** a stand-alone title without numbering (过去五年工作回顾, or a Markdown heading without numbering). */
    TITLE,
    /** 壹、 贰、, the capital numerals that number a document's parts above its 一、 */
    CAPITAL_NUMBER,
    /** Ⅰ． Ⅱ、, Roman numerals */
    ROMAN_NUMBER,
    /** 一、 */
    CHINESE_NUMBER,
    /** 【一】 */
    BRACKET_CHINESE_NUMBER,
    /** （一） or (一) */
    PAREN_CHINESE_NUMBER,
    /** 一是 二要 第一， */
    ORDINAL_PHRASE,
    /** 1. 1、 */
    ARABIC_NUMBER,
    /** 1.1 2.3.1, a word processor's numbered sections */
    DECIMAL_NUMBER,
    /** （1） (1) */
    PAREN_ARABIC_NUMBER,
    /** 1） 1), a word processor's list */
    ARABIC_PAREN_NUMBER,
    /** ① ②, the deepest */
    CIRCLED_NUMBER
}

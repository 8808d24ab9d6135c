package org.reportarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportarchive.site.ArchiveMarkdownEngine;

/** Whatever the source text holds, the page shows exactly that text. */
class MarkdownEscaperTest {

    private static final ArchiveMarkdownEngine ENGINE = new ArchiveMarkdownEngine();

    @ParameterizedTest
    @ValueSource(strings = {
        "1. 第一项工作",
        "1) 第一项工作",
        "- 列表项",
        "+ 列表项",
        "* 星号",
        "# 不是标题",
        "> 不是引用",
        "=== 不是标题线",
        "---",
        "*强调* 与 _下划线_ 与 **加粗**",
        "[链接](http://example.com) 和 ![图](x.png)",
        "<script>alert(1)</script> 与 <b onclick=\"x()\">粗</b>",
        "<a href=\"javascript:alert(1)\">点我</a>",
        "a | b | c",
        "反斜杠 \\ 与 `代码` 与 ~~删除~~",
        "实体 &amp; 与 &lt; 与 &#x41;",
        "属性 {#id .class} 结尾 {#p3}",
        "脚注 [^1] 与 ^【6】",
        "    缩进四格",
        "http://example.com/path?a=1&b=2",
    })
    void rendersAsTheSameText(String source) {
        String html = ENGINE.render(MarkdownEscaper.escape(source) + " {#p1}\n");
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(".pilcrow").remove();
        assertEquals(source.strip(), doc.body().text());
        assertEquals(0, doc.select("script, b, a[href^=javascript], img, em, strong, code, ol, ul, h1, blockquote").size(),
                html);
    }
}

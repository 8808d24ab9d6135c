<#ftl output_format="HTML">
<#-- The index of themes: content is a ThemesPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title="主题" root=root description="报告按主题的索引：人大的法定职权和各项工作所涉的领域。">
<h1>主题</h1>
<p class="lead">每个段落按其内容归入一至三个主题（由关键词和 HanLP 分词判断）；主题页列出各篇报告中谈到这一主题的段落。</p>
<dl class="term-list">
<#list content.themes as t>
  <div>
    <dt><a href="${t.slug}.html">${t.name}</a> <span class="count">${t.reports} 篇 · ${t.passages} 段</span></dt>
    <dd>${t.description}</dd>
  </div>
</#list>
</dl>
</@l.page>

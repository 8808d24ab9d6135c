<#ftl output_format="HTML">
<#-- A theme's page: content is a ThemePage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.name + "（主题）" + l.pageOf(content.pager) root=root description=content.description>
<p class="crumbs"><a href="index.html">主题</a></p>
<h1>${content.name}${l.pageOf(content.pager)}</h1>
<p>${content.description}</p>
<p class="count">关键词：${content.keywords?join("、")}……</p>
<p>${content.reportCount} 篇报告中有 ${content.passageCount} 段谈到这一主题<#if content.pager.pages gt 1>（第 ${content.pager.page} 页，共 ${content.pager.pages} 页）</#if>。</p>
<#list content.groups as g>
<section class="kwic-group" aria-labelledby="group-${g?index}">
  <h2 id="group-${g?index}"><a href="${root}${g.report.url}">${g.report.title}</a> <span class="count">${g.report.place} ${g.report.when} · 占全文 ${g.share}</span></h2>
  <details<#if g?index lt 5> open</#if>>
    <summary>${g.passages?size + g.more} 段</summary>
    <ol class="kwic">
    <#list g.passages as p><li><a href="${root}${g.report.url}#${p.paragraph}">${p.snippet}</a></li></#list>
    </ol>
    <#if g.more gt 0><p class="more">另有 ${g.more} 段，见<a href="${root}${g.report.url}">全文</a>。</p></#if>
  </details>
</section>
</#list>
<@l.pager p=content.pager />
</@l.page>

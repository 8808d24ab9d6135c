<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign groups = content.groups?eval_json>
<#assign keywords = content.keywords?eval_json>
<@l.page title=content.title + "（主题）" root=root description=content.description>
<p class="crumbs"><a href="index.html">主题</a></p>
<h1>${content.title}</h1>
${content.body?no_esc}
<p class="count">关键词：${keywords?join("、")}……</p>
<p>${content.report_count} 篇报告中有 ${content.passage_count} 段谈到这一主题<#if content.pages?number gt 1>（第 ${content.page} 页，共 ${content.pages} 页）</#if>。</p>
<#list groups as g>
<section class="kwic-group" aria-labelledby="group-${g?index}">
  <h2 id="group-${g?index}"><a href="${root}${g.url}">${g.title}</a> <span class="count">${g.place} ${g.when} · 占全文 ${g.share}</span></h2>
  <details<#if g?index lt 5> open</#if>>
    <summary>${g.passages?size} 段</summary>
    <ol class="kwic">
    <#list g.passages as p><li><a href="${root}${g.url}#${p.paragraph}">${p.snippet}</a></li></#list>
    </ol>
  </details>
</section>
</#list>
<#if content.pages?number gt 1>
<nav class="pager" aria-label="分页">
  <#if (content.prev)?has_content><a href="${content.prev}.html" rel="prev">上一页</a></#if>
  <#if (content.next)?has_content><a href="${content.next}.html" rel="next">下一页</a></#if>
</nav>
</#if>
</@l.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign groups = content.concordance_json?eval_json>
<#macro concordance>
<#list groups as g>
<section class="kwic-group" aria-labelledby="kwic-${g?index}">
  <h3 id="kwic-${g?index}"><a href="${root}${g.url}">${g.title}</a> <span class="count">${g.place} ${g.when}</span></h3>
  <details<#if g?index lt 10> open</#if>>
    <summary>${g.lines?size} 处用例</summary>
    <ol class="kwic">
    <#list g.lines as k>
      <li><a href="${root}${g.url}#${k.paragraph}"><span class="before">${k.before}</span><mark>${k.surface}</mark><span class="after">${k.after}</span></a></li>
    </#list>
    </ol>
  </details>
</section>
</#list>
<#if (content.pages!"1")?number gt 1>
<nav class="pager" aria-label="用例分页">
  <#if (content.prev)?has_content><a href="${content.prev}" rel="prev">上一页</a></#if>
  <span>第 ${content.page!"1"} 页，共 ${content.pages} 页</span>
  <#if (content.next)?has_content><a href="${content.next}" rel="next">下一页</a></#if>
</nav>
</#if>
</#macro>
<#if (content.continuation!"false") == "true">
<@l.page title=content.title + "（用例，第" + content.page + "页）" root=root description=content.definition>
<article class="term-entry" aria-labelledby="term-title">
<p class="crumbs"><a href="${root}glossary/index.html">术语表</a> › <a href="${content.entry_url}">${content.title}</a></p>
<h1 id="term-title">${content.title}：用例（第 ${content.page} 页）</h1>
<p>在 ${content.report_count} 篇报告中出现 ${content.occurrence_count} 处。</p>
<@concordance/>
</article>
</@l.page>
<#else>
<#assign source = content.source_json?eval_json[0]>
<#assign aliases = content.aliases_json?eval_json>
<#assign related = content.related_json?eval_json>
<#assign defs = content.report_definitions_json?eval_json>
<#assign kinds = {"law": "法律", "document": "中央文件", "speech": "讲话", "report": "报告名词解释", "editors": "编者"}>
<@l.page title=content.title + "（术语）" root=root description=content.definition jsonld=content.jsonld>
<article class="term-entry" aria-labelledby="term-title">
<p class="crumbs"><a href="index.html">术语表</a></p>
<h1 id="term-title">${content.title}</h1>
<p class="pinyin" lang="zh-Latn-pinyin">${content.pinyin}</p>
<#if (content.english)?has_content><p class="english" lang="en">${content.english}</p></#if>
<p class="definition">${content.definition}</p>
<dl class="meta">
  <div><dt>出处</dt><dd>${kinds[source.kind]!source.kind}：<#if (source.url)?has_content><a href="${root}${source.url}<#if (source.footnote)?has_content>#fn-${source.footnote}</#if>">${source.title}</a><#if (source.footnote)?has_content>，名词解释第${source.footnote}条</#if><#else>${source.title}</#if><#if (source.date)?has_content>（${source.date}）</#if></dd></div>
  <div><dt>适用范围</dt><dd>${content.scope}</dd></div>
  <#if aliases?has_content><div><dt>又作</dt><dd><#list aliases as a>${a.text}<#sep>、</#list></dd></div></#if>
  <#if related?has_content><div><dt>相关术语</dt><dd><#list related as r><a href="${r.slug}.html">${r.term}</a><#sep>、</#list></dd></div></#if>
  <#if (content.first_report_json)?has_content><#assign first = content.first_report_json?eval_json[0]><div><dt>最早见于</dt><dd><a href="${root}${first.url}">${first.title}</a>（${first.when}）</dd></div></#if>
</dl>
<#if content.body?has_content>
<section aria-labelledby="explanation">
<h2 id="explanation">解释</h2>
${content.body?no_esc}
</section>
</#if>
<#if defs?has_content>
<section aria-labelledby="report-definitions">
<h2 id="report-definitions">报告中的名词解释</h2>
<#list defs as d>
<blockquote class="report-definition">
  <p>${d.term}：${d.definition}</p>
  <footer>——<a href="${root}${d.url}#fn-${d.label}">${d.title}</a>，名词解释第${d.label}条</footer>
</blockquote>
</#list>
</section>
</#if>
<section aria-labelledby="concordance">
<h2 id="concordance">用例</h2>
<#if groups?has_content>
<p>在 ${content.report_count} 篇报告中出现 ${content.occurrence_count} 处。</p>
<@concordance/>
<#else>
<p>目前收录的报告中没有出现这一术语。</p>
</#if>
</section>
</article>
</@l.page>
</#if>

<#ftl output_format="HTML">
<#-- A glossary entry's page, or a continuation page of its concordance: content is a TermPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#-- level: the heading level of each report's group, one below the heading above the concordance -->
<#macro concordance level>
<#list content.groups as g>
<section class="kwic-group" aria-labelledby="kwic-${g?index}">
  <h${level} id="kwic-${g?index}"><a href="${root}${g.url}">${g.title}</a> <span class="count">${g.place} ${g.when}</span></h${level}>
  <details<#if g?index lt 10> open</#if>>
    <summary>${g.lines?size + g.more} 处用例</summary>
    <ol class="kwic">
    <#list g.lines as k>
      <li><a href="${root}${g.url}#${k.paragraph}"><span class="before">${k.before}</span><mark>${k.surface}</mark><span class="after">${k.after}</span></a></li>
    </#list>
    </ol>
    <#if g.more gt 0><p class="more">另有 ${g.more} 处，见<a href="${root}${g.url}">全文</a>。</p></#if>
  </details>
</section>
</#list>
<@l.pager p=content.pager label="用例分页" />
</#macro>
<#if content.continuation>
<@l.page title=content.term + "（用例，第" + content.pager.page + "页）" root=root description=content.definition>
<article class="term-entry" aria-labelledby="term-title">
<p class="crumbs"><a href="${root}glossary/index.html">术语表</a><#if content.list != "index.html"> › <a href="${root}glossary/${content.list}">${content.scope!""}</a></#if> › <a href="${root}glossary/${content.slug}.html">${content.term}</a></p>
<h1 id="term-title">${content.term}：用例（第 ${content.pager.page} 页）</h1>
<p>在 ${content.reportCount} 篇报告中出现 ${content.occurrenceCount} 处。</p>
<@concordance level=2/>
</article>
</@l.page>
<#else>
<#assign source = content.source>
<@l.page title=content.term + "（术语）" root=root description=content.definition jsonld=content.jsonld>
<article class="term-entry" aria-labelledby="term-title">
<p class="crumbs"><a href="index.html">术语表</a><#if content.list != "index.html"> › <a href="${content.list}">${content.scope}</a></#if></p>
<h1 id="term-title">${content.term}</h1>
<p class="pinyin" id="pinyin" lang="zh-Latn-pinyin">${content.pinyin}</p>
<#if content.english?has_content><p class="english" id="english" lang="en">${content.english}</p></#if>
<p class="definition" id="definition">${content.definition}</p>
<dl class="meta">
  <div><dt>出处</dt><dd>${source.kindLabel}：<#if source.url?has_content><a href="${root}${source.url}<#if source.footnote?has_content>#fn-${source.footnote}</#if>">${source.title}</a><#if source.footnote?has_content>，名词解释第${source.footnote}条</#if><#else>${source.title}</#if><#if source.date?has_content>（${source.date}）</#if></dd></div>
  <div><dt>适用范围</dt><dd>${content.scope}</dd></div>
  <#if content.aliases?has_content><div><dt>又作</dt><dd id="aliases"><#list content.aliases as a>${a.text}<#sep>、</#list></dd></div></#if>
  <#if content.related?has_content><div><dt>相关术语</dt><dd><#list content.related as r><a href="${r.slug}.html">${r.term}</a><#sep>、</#list></dd></div></#if>
  <#if content.first??><div><dt>最早见于</dt><dd><a href="${root}${content.first.url}">${content.first.title}</a>（${content.first.when}）</dd></div></#if>
</dl>
<#if content.explanation?has_content>
<section aria-labelledby="explanation">
<h2 id="explanation">解释</h2>
<div id="explanation-text">
${content.explanation?no_esc}
</div>
</section>
</#if>
<#if content.reportDefinitions?has_content>
<section aria-labelledby="report-definitions">
<h2 id="report-definitions">报告中的名词解释</h2>
<#list content.reportDefinitions as d>
<blockquote class="report-definition">
  <p>${d.term}：${d.definition}</p>
  <footer>——<#list d.reports as r><a href="${root}${r.url}#fn-${r.label}">${r.title}</a>，名词解释第${r.label}条<#sep>；</#list><#if d.more gt 0>；另有 ${d.more} 篇报告的名词解释与此相同</#if></footer>
</blockquote>
</#list>
</section>
</#if>
<#if content.timeline??>
<section aria-labelledby="timeline">
<h2 id="timeline">时间线</h2>
<#if content.timeline.chart?has_content>
<figure class="chart">
<div class="chart-scroll" role="region" aria-label="“${content.term}”的时间线图" tabindex="0">${content.timeline.chart?no_esc}</div>
<figcaption>每年用到“${content.term}”的报告篇数<#if content.timeline.undated gt 0>（另有 ${content.timeline.undated} 篇年份不详）</#if>。<a href="${root}glossary/new.html">各年首次出现的术语</a></figcaption>
</figure>
</#if>
<#if content.timeline.cities?has_content>
<table class="figures-table first-uses">
  <caption>各地最早用到它的报告</caption>
  <thead><tr><th scope="col">地区</th><th scope="col">报告</th><th scope="col">日期</th></tr></thead>
  <tbody>
  <#list content.timeline.cities as c><tr><th scope="row">${c.city}</th><td><a href="${root}${c.url}">${c.title}</a></td><td>${c.when}</td></tr></#list>
  </tbody>
</table>
<#if content.timeline.moreCities gt 0><p class="more">另有 ${content.timeline.moreCities} 个地区。</p></#if>
</#if>
</section>
</#if>
<section aria-labelledby="concordance">
<h2 id="concordance">用例</h2>
<#if content.groups?has_content>
<p>在 ${content.reportCount} 篇报告中出现 ${content.occurrenceCount} 处。</p>
<@concordance level=3/>
<#else>
<p>目前收录的报告中没有出现这一术语。</p>
</#if>
</section>
</article>
</@l.page>
</#if>

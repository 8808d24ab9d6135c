<#ftl output_format="HTML">
<#-- The glossary's index, or the page of one place's own terms: content is a GlossaryIndexPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#assign local = content.place?has_content>
<#assign base = local?then("../", "")>
<#if local>
<#assign title = content.place + "的用法">
<#assign description = content.place + "人大报告自己解释的术语：该地的工作模式和说法，只用于该地的报告。">
<#else>
<#assign title = "术语表">
<#assign description = "人大工作报告中的术语：按拼音排序，每条有简明定义、详细解释、出处和在各篇报告中的用例。">
</#if>
<@l.page title=title root=root description=description jsonld=content.jsonld>
<article class="glossary">
<#if local><p class="crumbs"><a href="../index.html">术语表</a></p></#if>
<h1>${title}</h1>
<#if local>
<p class="lead">${content.entryCount} 条，是${content.place}的报告在名词解释中自己解释的说法，按拼音排序，只用于该地的报告。</p>
<#else>
<p class="lead">通用术语 ${content.entryCount} 条，按拼音排序。每条术语都有固定的链接，可直接引用；词条页列出它在各篇报告中的全部用例。<#if content.places?has_content>各地报告自己解释的地方工作模式和说法，列在<a href="#local-usage">“各地的用法”</a>中，只用于该地的报告。</#if><a href="new.html">按首次出现的年份</a>查看各年新出现的术语。</p>
</#if>
<#if content.groups?has_content>
<nav class="letters" aria-label="按首字母">
  <ul><#list content.groups as g><li><a href="#${g.id}">${g.initial}</a></li></#list></ul>
</nav>
</#if>
<#list content.groups as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.initial}</h2>
  <dl class="term-list">
  <#list g.entries as e>
    <div id="${e.slug}">
      <dt><a href="${base}${e.slug}.html">${e.term}</a> <span class="pinyin" lang="zh-Latn-pinyin">${e.pinyin}</span><#if !e.national && !local> <span class="badge">${e.scope}</span></#if></dt>
      <dd>${e.definition}<#if e.count gt 0> <span class="count">（报告中 ${e.count} 处）</span></#if></dd>
    </div>
  </#list>
  </dl>
</section>
</#list>
<#if content.places?has_content>
<section aria-labelledby="local-usage">
  <h2 id="local-usage">各地的用法</h2>
  <p>这些地方的报告在名词解释中解释了自己的说法：</p>
  <ul class="chips">
  <#list content.places as p><li><a href="${p.url}">${p.name}</a> <span class="count">${p.terms} 条</span></li></#list>
  </ul>
</section>
</#if>
</article>
</@l.page>

<#ftl output_format="HTML">
<#-- The glossary's index: content is a GlossaryIndexPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title="术语表" root=root description="人大工作报告中的术语：按拼音排序，每条有简明定义、详细解释、出处和在各篇报告中的用例。" jsonld=content.jsonld>
<article class="glossary">
<h1>术语表</h1>
<p class="lead">共 ${content.entryCount} 条，按拼音排序。每条术语都有固定的链接，可直接引用；词条页列出它在各篇报告中的全部用例。标为“某市的用法”的词条是该市报告自己解释的地方工作模式，只用于该市的报告。</p>
<nav class="letters" aria-label="按首字母">
  <ul><#list content.groups as g><li><a href="#${g.id}">${g.initial}</a></li></#list></ul>
</nav>
<#list content.groups as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.initial}</h2>
  <dl class="term-list">
  <#list g.entries as e>
    <div id="${e.slug}">
      <dt><a href="${e.slug}.html">${e.term}</a> <span class="pinyin" lang="zh-Latn-pinyin">${e.pinyin}</span><#if !e.national> <span class="badge">${e.scope}</span></#if></dt>
      <dd>${e.definition}<#if e.count gt 0> <span class="count">（报告中 ${e.count} 处）</span></#if></dd>
    </div>
  </#list>
  </dl>
</section>
</#list>
</article>
</@l.page>

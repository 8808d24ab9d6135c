<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign groups = content.groups?eval_json>
<@l.page title=content.title root=root description="全部报告" + content.title + "排列。">
<h1>全部报告 · ${content.title}</h1>
<p class="lead">另见：<#if content.browse == "years"><a href="../kinds/index.html">按类型</a><#else><a href="../years/index.html">按年份</a></#if>、<a href="../places/index.html">按地区</a>、<a href="../themes/index.html">按主题</a>。</p>
<nav class="letters" aria-label="${content.title}">
  <ul><#list groups as g><li><a href="#${g.id}">${g.name}</a></li></#list></ul>
</nav>
<#list groups as g>
<section aria-labelledby="${g.id}">
<h2 id="${g.id}">${g.name} <span class="count">${g.reports?size} 篇</span></h2>
<@l.reportTable reports=g.reports root=root />
</section>
</#list>
</@l.page>

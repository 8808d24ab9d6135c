<#ftl output_format="HTML">
<#-- The reports by year or by kind: content is a BrowsePage (an index of the groups, or one group's list). -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#if content.group??>
<#assign g = content.group>
<@l.page title=g.name + l.pageOf(content.pager) + " · " + content.title root=root description="全部报告" + content.title + "排列：" + g.name + "，共 " + g.count + " 篇。">
<p class="crumbs"><a href="index.html">${content.title}</a></p>
<h1>${g.name}${l.pageOf(content.pager)} <span class="count">${g.count} 篇</span></h1>
<#if g.note?has_content><p class="lead">${g.note}</p></#if>
<@l.reportTable reports=content.reports root=root caption="按日期由新到旧" />
<@l.pager p=content.pager />
</@l.page>
<#else>
<@l.page title=content.title root=root description="全部报告" + content.title + "排列。">
<h1>全部报告 · ${content.title}</h1>
<p class="lead">另见：<#if content.browse == "years"><a href="../kinds/index.html">按类型</a><#else><a href="../years/index.html">按年份</a></#if>、<a href="../places/index.html">按地区</a>、<a href="../themes/index.html">按主题</a>。</p>
<nav class="letters" aria-label="${content.title}">
  <ul><#list content.groups as g><li><a href="#group-${g?index}">${g.name}</a></li></#list></ul>
</nav>
<#list content.groups as g>
<section aria-labelledby="group-${g?index}">
<h2 id="group-${g?index}"><a href="${g.url}">${g.name}</a> <span class="count">${g.count} 篇</span></h2>
<#if g.note?has_content><p class="lead">${g.note}</p></#if>
<@l.reportTable reports=g.newest root=root />
<#if g.count gt g.newest?size><p><a href="${g.url}">${g.name}全部 ${g.count} 篇</a></p></#if>
</section>
</#list>
</@l.page>
</#if>

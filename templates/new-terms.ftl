<#ftl output_format="HTML">
<#-- The terms by the year they first appear: content is a NewTermsPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#assign g = root + "glossary/">
<#if content.year??>
<@l.page title=content.year?c + "年首次出现的术语" root=root description=content.year?c + "年的报告中首次出现的术语。">
<p class="crumbs"><a href="${g}index.html">术语表</a> › <a href="${g}new.html">按首次出现的年份</a></p>
<h1>${content.year?c}年首次出现的术语</h1>
<#list content.years as y>
<p>${y.count} 个术语最早见于 ${y.year?c} 年的报告（按本站收录的报告计）。</p>
<ul class="term-list"><#list y.terms as t><li><a href="${g}${t.slug}.html">${t.term}</a> <span class="count">${t.scope}</span></li></#list></ul>
</#list>
</@l.page>
<#else>
<@l.page title="术语首次出现的年份" root=root description="术语表中的术语按在本站报告中首次出现的年份排列。">
<p class="crumbs"><a href="${g}index.html">术语表</a></p>
<h1>术语首次出现的年份</h1>
<p class="lead">术语表中 ${content.dated} 个术语在注明年份的报告中出现过，按最早用到它的报告的年份排列（只计本站收录的报告）。</p>
<#list content.years as y>
<section aria-labelledby="year-${y.year?c}">
  <h2 id="year-${y.year?c}"><a href="${g}new/${y.year?c}.html">${y.year?c}年</a> <span class="count">${y.count} 个</span></h2>
  <ul class="term-list"><#list y.terms as t><li><a href="${g}${t.slug}.html">${t.term}</a> <span class="count">${t.scope}</span></li></#list></ul>
  <#if y.more gt 0><p class="more">另有 ${y.more} 个，见<a href="${g}new/${y.year?c}.html">${y.year?c}年首次出现的全部术语</a>。</p></#if>
</section>
</#list>
</@l.page>
</#if>

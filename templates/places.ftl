<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign groups = content.groups?eval_json>
<#assign anonymous = content.anonymous?eval_json>
<#assign unknown = content.unknown?eval_json>
<@l.page title="地区" root=root description="按省份排列的城市，及各城市的报告。">
<h1>地区</h1>
<p class="lead">${content.city_count} 个城市，分属 ${content.province_count} 个省级行政区（直辖市自成一组）。城市和省份依据随本站发布的行政区划表。</p>
<#list groups as g>
<section aria-labelledby="prov-${g?index}">
  <h2 id="prov-${g?index}">${g.name}<#if g.municipality> <span class="badge">直辖市</span></#if></h2>
  <ul class="chips">
  <#list g.cities as c><li><a href="${c.slug}.html">${c.name}</a> <span class="count">${c.count} 篇</span></li></#list>
  </ul>
</section>
</#list>
<#if anonymous?has_content>
<section aria-labelledby="anonymous">
  <h2 id="anonymous">匿名文稿</h2>
  <p>原文以 XX、XXX 代替地名和人名，本站不推断其地区。</p>
  <@l.reportTable reports=anonymous root=root showPlace=false />
</section>
</#if>
<#if unknown?has_content>
<section aria-labelledby="unknown">
  <h2 id="unknown">地区不详</h2>
  <@l.reportTable reports=unknown root=root />
</section>
</#if>
</@l.page>

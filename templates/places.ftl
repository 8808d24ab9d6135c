<#ftl output_format="HTML">
<#-- The index of places: content is a PlacesPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title="地区" root=root description="按省份排列的地区，及各地人大的报告。">
<h1>地区</h1>
<p class="lead">${content.cityCount} 个城市，分属 ${content.provinceCount} 个省级行政区（直辖市自成一组）。报告归于其所属的人大：省、市、县、区各自一页，市辖区和县列在所属城市之下。地区依据随本站发布的行政区划表。</p>
<#list content.groups as g>
<section aria-labelledby="prov-${g?index}">
  <h2 id="prov-${g?index}"><a href="${g.url}">${g.name}</a><#if g.municipality> <span class="badge">直辖市</span></#if> <span class="count">${g.total} 篇</span></h2>
  <ul class="chips">
  <#if g.own gt 0><li><a href="${g.url}">${g.name}本级</a> <span class="count">${g.own} 篇</span></li></#if>
  <#list g.cities as c><li><a href="${c.url}">${c.name}</a> <span class="count">${c.count} 篇</span></li></#list>
  </ul>
</section>
</#list>
<#if content.anonymous??>
<section aria-labelledby="anonymous">
  <h2 id="anonymous">匿名文稿</h2>
  <p>原文以 XX、XXX 代替地名和人名，本站不推断其地区：<a href="${content.anonymous.url}">${content.anonymous.count} 篇</a>。</p>
</section>
</#if>
<#if content.unknown??>
<section aria-labelledby="unknown">
  <h2 id="unknown">地区不详</h2>
  <p>原文没有写明地区：<a href="${content.unknown.url}">${content.unknown.count} 篇</a>。</p>
</section>
</#if>
</@l.page>

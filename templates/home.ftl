<#ftl output_format="HTML">
<#-- The home page: content is a HomePage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#assign counts = content.counts>
<@l.page title="首页" root=root description="地方人大常委会工作报告注释档案：逐段原文、术语解释、主题与地区索引。">
<h1>地方人大常委会工作报告注释档案</h1>
<p class="lead">收录 ${counts.reports} 篇报告与讲话，来自 ${counts.cities} 个城市、${counts.provinces} 个省级行政区。每篇保留原文全文，段落可引用，术语有解释，编者的每一处处理都有说明。</p>
<ul class="hub">
  <li><a href="${root}years/index.html"><strong>${counts.reports}</strong> 篇报告</a><span>按年份、按<a href="${root}kinds/index.html">类型</a></span></li>
  <li><a href="${root}places/index.html"><strong>${counts.cities}</strong> 个城市</a><span>按省份排列</span></li>
  <li><a href="${root}themes/index.html"><strong>${counts.themes}</strong> 个主题</a><span>立法、监督、代表工作……</span></li>
  <li><a href="${root}glossary/index.html"><strong>${counts.terms}</strong> 条术语</a><span>按拼音排列</span></li>
</ul>
<section aria-labelledby="latest">
<h2 id="latest">最新报告</h2>
<@l.reportTable reports=content.latest root=root caption="按日期由新到旧" />
<#if counts.reports gt content.latest?size><p><a href="${root}years/index.html">全部 ${counts.reports} 篇报告</a></p></#if>
</section>
<section aria-labelledby="home-themes">
<h2 id="home-themes">主题</h2>
<ul class="chips">
<#list content.themes as t><li><a href="${root}themes/${t.slug}.html">${t.name}</a> <span class="count">${t.reports} 篇 · ${t.passages} 段</span></li></#list>
</ul>
</section>
<section aria-labelledby="home-places">
<h2 id="home-places">地区</h2>
<ul class="chips">
<#list content.places as p><li><a href="${root}${p.url}">${p.name}</a> <span class="count">${p.count} 篇</span></li></#list>
</ul>
<#if content.morePlaces><p><a href="${root}places/index.html">全部 ${counts.cities} 个城市</a></p></#if>
</section>
</@l.page>

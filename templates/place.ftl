<#ftl output_format="HTML">
<#-- A place's reports, or the anonymised documents, or those of unknown place: content is a PlacePage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.name + l.pageOf(content.pager) root=root description=content.name + "的报告。">
<p class="crumbs"><a href="index.html">地区</a><#if content.parent?has_content> › <#if content.parentUrl?has_content><a href="${content.parentUrl}">${content.parent}</a><#else>${content.parent}</#if></#if></p>
<h1>${content.name}${l.pageOf(content.pager)}</h1>
<p class="lead"><#if content.level?has_content>${content.level}<#if content.parent?has_content>，属${content.parent}</#if>。</#if><#if content.note?has_content>${content.note}</#if>本级收录 ${content.reportCount} 篇。</p>
<#if content.reports?has_content>
<@l.reportTable reports=content.reports root=root caption="按日期由新到旧" showPlace=content.showPlace />
<@l.pager p=content.pager />
</#if>
<#if content.within?has_content>
<section aria-labelledby="within">
  <h2 id="within">辖区内</h2>
  <ul class="chips">
  <#list content.within as w><li><a href="${w.url}">${w.name}</a> <span class="count"><#if w.level?has_content>${w.level} · </#if>${w.count} 篇</span></li></#list>
  </ul>
</section>
</#if>
</@l.page>

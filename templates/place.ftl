<#ftl output_format="HTML">
<#-- A place's reports, or the anonymised documents, or those of unknown place: content is a PlacePage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.name root=root description=content.name + "的报告。">
<p class="crumbs"><a href="index.html">地区</a><#if content.province?has_content> › ${content.province}</#if></p>
<h1>${content.name}</h1>
<p class="lead"><#if content.province?has_content>${content.province}<#if content.level?has_content>，${content.level}</#if>。</#if><#if content.note?has_content>${content.note}</#if>收录 ${content.reportCount} 篇。</p>
<@l.reportTable reports=content.reports root=root caption="按日期由新到旧" showPlace=content.showPlace />
<@l.pager p=content.pager />
</@l.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign reports = content.reports?eval_json>
<@l.page title=content.title root=root description=content.title + "人大常委会的报告。">
<p class="crumbs"><a href="index.html">地区</a> › ${content.province}</p>
<h1>${content.title}</h1>
<p class="lead">${content.province}<#if content.level?has_content>，${content.level}</#if>。收录 ${reports?size} 篇。</p>
<@l.reportTable reports=reports root=root caption="按日期由新到旧" showPlace=false />
</@l.page>

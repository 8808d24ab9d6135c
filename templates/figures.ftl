<#ftl output_format="HTML">
<#-- The comparison of the reports' key figures: content is a FiguresPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title="主要数字" + (content.pager.page gt 1)?then("（第" + content.pager.page + "页）", "") root=root description="各篇报告说明的常委会会议、立法、任免、监督和代表建议等主要工作数字的对照表。">
<h1>主要数字</h1>
<p class="lead">各篇报告中说明的主要工作数字：每篇报告一行，每项指标一列。数字逐句读自原文，链接指向所在段落；“时段”是原文所说的一年、五年或本届。原文没有说明的不填，不作推算。共 ${content.reports} 篇报告，其中 ${content.stating} 篇说明了至少一项。</p>
<nav class="measure-nav" aria-label="各项指标">
  <ul><#list content.measures as m><li><a href="${m.slug}.html">${m.label}</a> <span class="count">${m.reports} 篇</span></li></#list></ul>
</nav>
<div class="table-scroll" role="region" aria-labelledby="figures-caption" tabindex="0">
<table class="figures-table sortable">
  <caption id="figures-caption">各篇报告的主要数字<#if content.pager.pages gt 1>（第 ${content.pager.page} 页，共 ${content.pager.pages} 页）</#if></caption>
  <thead>
    <tr>
      <th scope="col">报告</th>
      <th scope="col">日期</th>
      <#list content.measures as m><th scope="col" class="num">${m.label}</th></#list>
    </tr>
  </thead>
  <tbody>
  <#list content.rows as r>
    <tr>
      <th scope="row"><a href="${root}${r.report.url}">${r.report.place}</a><span class="title">${r.report.title}</span></th>
      <td class="when" data-sort="${r.report.when}">${r.report.when}</td>
      <#list r.cells as c>
      <#if c.value??><td class="num" data-sort="${c.value?c}"><a href="${root}${c.href}">${c.value?c}</a><span class="period">${c.period}</span></td><#else><td class="num empty" data-sort="-1"></td></#if>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
</div>
<@l.pager p=content.pager label="报告分页" />
<p><a href="${root}data/figures.csv">全部数字（CSV）</a> · <a href="${root}data/figures.json">全部数字（JSON）</a></p>
</@l.page>

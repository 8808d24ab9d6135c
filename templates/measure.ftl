<#ftl output_format="HTML">
<#-- One measure across the archive: content is a MeasurePage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.label + "：各篇报告的数字" + (content.pager.page gt 1)?then("（第" + content.pager.page + "页）", "") root=root description="各篇报告说明的" + content.label + "数字，按年份的图和逐篇的原句。">
<p class="crumbs"><a href="index.html">主要数字</a></p>
<h1>${content.label}</h1>
<p class="lead">共 ${content.figures} 个数字（<#list content.counts as c>${c.period} ${c.figures}<#sep>，</#list>）。数据字段名 <code>${content.id}</code>。</p>
<#if content.chart?has_content>
<figure class="chart">
<div class="chart-scroll" role="region" aria-label="${content.label}：按年份的图" tabindex="0">${content.chart?no_esc}</div>
<figcaption>各年报告中所说一年的${content.label}数字：竖线为最少到最多，圆点为中位数。说明五年或本届的数字不在图中，见下表。</figcaption>
</figure>
</#if>
<#if content.lines?has_content>
<div class="table-scroll" role="region" aria-labelledby="lines-caption" tabindex="0">
<table class="figures-table">
  <caption id="lines-caption">各篇报告的${content.label}数字：一年的在前，再按数字从大到小</caption>
  <thead><tr><th scope="col">报告</th><th scope="col">日期</th><th scope="col" class="num">数字</th><th scope="col">时段</th><th scope="col">原文</th></tr></thead>
  <tbody>
  <#list content.lines as f>
    <tr>
      <th scope="row"><a href="${root}${f.url}">${f.place}</a><span class="title">${f.title}</span></th>
      <td>${f.when}</td>
      <td class="num">${f.value?c} ${f.unit}</td>
      <td class="period-cell">${f.period}</td>
      <td class="figure-sentence"><a href="${root}${f.href}">${f.sentence}</a></td>
    </tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>还没有报告说明这项数字。</p>
</#if>
<@l.pager p=content.pager label="分页" />
<nav class="measure-nav" aria-label="其他指标">
  <ul><#list content.others as m><li><#if m.slug == content.slug><span aria-current="page">${m.label}</span><#else><a href="${m.slug}.html">${m.label}</a></#if></li></#list></ul>
</nav>
</@l.page>

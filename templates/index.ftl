<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = (content.rootpath)!"">
<#assign reports = published_reports?sort_by("sort_key")?reverse>
<@l.page title="全部报告" root=root description="地方人大常委会工作报告注释档案：逐段原文、术语解释与编者说明。">
<h1>地方人大常委会工作报告注释档案</h1>
<p class="lead">收录 ${reports?size} 篇报告与讲话。每篇保留原文全文，标出段落链接，说明编者删去的网页杂项、连接的分栏断行和原文缺字之处。</p>
<table class="report-list">
  <caption>全部报告（按日期由新到旧）</caption>
  <thead><tr><th scope="col">日期</th><th scope="col">地区</th><th scope="col">标题</th><th scope="col">类型</th><th scope="col">段落</th></tr></thead>
  <tbody>
  <#list reports as r>
    <tr>
      <td><#if (r.delivered)?has_content>${l.cnDate(r.delivered)}<#elseif (r.year)?has_content>${r.year}年<#else>日期不详</#if></td>
      <td><#if (r.city)?has_content>${r.city}<#if (r.province)?has_content && r.province != r.city><span class="province">${r.province}</span></#if><#elseif r.anonymised == "true">匿名文稿<#else>地区不详</#if></td>
      <td><a href="${r.uri}">${r.title}</a><#if r.incomplete == "true"> <span class="badge">不完整</span></#if></td>
      <td>${r.kind_label}</td>
      <td class="num">${r.paragraph_count}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@l.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- Served for any missing address, at any depth: links start from the site's own path (from site.host). -->
<#assign root = config.site_host?replace("^[a-z]+://[^/]+", "", "r")?remove_ending("/") + "/">
<@l.page title="没有这一页" root=root description="没有找到这个地址。" canonical="404.html">
<h1>没有这一页</h1>
<p>没有找到这个地址。报告、术语和主题的地址可能已经改变，或者链接有误。</p>
<ul>
  <li><a href="${root}index.html">首页</a></li>
  <li><a href="${root}years/index.html">全部报告</a></li>
  <li><a href="${root}glossary/index.html">术语表</a></li>
</ul>
</@l.page>

<#ftl output_format="HTML">
<#-- The one base layout of every page. `root` is the relative path from the page to the site root; `here.path`
     is the page's own path in the site. -->
<#-- The page's model (content, here, config) as globals, found before JBake's model is asked: that model tries
     its content-store queries first and fails each with an exception, at every reference. -->
<#global content = content here = here config = config>
<#macro page title root description="" jsonld="" refresh="" canonical="" ogType="website" module="">
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 人大报告注释档案</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="${root}css/archive.css">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<#if refresh?has_content><meta http-equiv="refresh" content="0; url=${refresh}"></#if>
<#assign host = config.site_host?remove_ending("/")>
<#assign path = canonical?has_content?then(canonical, ((here.path)!"")?remove_ending("index.html"))>
<link rel="canonical" href="${host}/${path}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${ogType}">
<meta property="og:url" content="${host}/${path}">
<meta property="og:site_name" content="人大报告注释档案">
<meta property="og:locale" content="zh_CN">
<link rel="alternate" type="application/atom+xml" title="新收录的报告" href="${root}feed.xml">
<#if jsonld?has_content><script type="application/ld+json">${jsonld?no_esc}</script></#if>
<script src="${root}js/archive.js" defer></script>
<#if module?has_content><script type="module" src="${root}${module}"></script></#if>
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header">
  <a class="brand" href="${root}index.html">人大报告注释档案</a>
  <nav aria-label="网站导航">
    <ul>
      <li><a href="${root}years/index.html">报告</a></li>
      <li><a href="${root}places/index.html">地区</a></li>
      <li><a href="${root}themes/index.html">主题</a></li>
      <li><a href="${root}glossary/index.html">术语表</a></li>
      <li><a href="${root}figures/index.html">数字</a></li>
      <li><a href="${root}about.html">关于本站</a></li>
    </ul>
  </nav>
  <form class="site-search" role="search" aria-label="全站搜索" action="${root}search.html" method="get">
    <label for="site-search-q" class="visually-hidden">搜索全部报告和术语</label>
    <input type="search" id="site-search-q" name="q" placeholder="搜索全文" enterkeyhint="search" autocomplete="off">
    <button type="submit">搜索</button>
  </form>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <p>本站收录地方人大常委会工作报告及相关讲话，逐段保留原文，注明编者所作的每一处处理。<a href="${root}data/reports.json">报告数据（JSON）</a></p>
</footer>
</body>
</html>
</#macro>

<#-- A list of reports: each a ReportRow. -->
<#macro reportTable reports root caption="" showPlace=true>
<table class="report-list">
  <#if caption?has_content><caption>${caption}</caption></#if>
  <thead><tr><th scope="col">日期</th><#if showPlace><th scope="col">地区</th></#if><th scope="col">标题</th><th scope="col">类型</th><th scope="col">主题</th></tr></thead>
  <tbody>
  <#list reports as r>
    <tr>
      <td class="when">${r.when}</td>
      <#if showPlace><td class="place">${r.place}<#if r.within?has_content><span class="province">${r.within}</span></#if></td></#if>
      <td class="title"><a href="${root}${r.url}">${r.title}</a><#if r.incomplete> <span class="badge">不完整</span></#if></td>
      <td class="kind">${r.kind}</td>
      <td class="themes">${r.themes?join("、")}</td>
    </tr>
  </#list>
  </tbody>
</table>
</#macro>

<#-- what a page's title and heading add after the first page of a list: （第 3 页） -->
<#function pageOf p>
<#return (p.page gt 1)?then("（第 " + p.page + " 页）", "")>
</#function>
<#-- Links to the other pages of a list that continues over several pages (a Pager). -->
<#macro pager p label="分页">
<#if p.pages gt 1>
<nav class="pager" aria-label="${label}">
  <#if p.prev?has_content><a href="${p.prev}" rel="prev">上一页</a></#if>
  <span>第 ${p.page} 页，共 ${p.pages} 页</span>
  <ul class="pager-pages">
  <#assign before = 0>
  <#list p.links as n>
    <#if n.page gt before + 1><li aria-hidden="true">…</li></#if>
    <li><#if n.page == p.page><a href="${n.href}" aria-current="page">${n.page}</a><#else><a href="${n.href}">${n.page}</a></#if></li>
    <#assign before = n.page>
  </#list>
  </ul>
  <#if p.next?has_content><a href="${p.next}" rel="next">下一页</a></#if>
</nav>
</#if>
</#macro>

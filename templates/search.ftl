<#ftl output_format="HTML">
<#-- The search page: content is a SearchPage. The results are listed by js/search.js from the static index. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<#macro filter name label all options>
  <p class="filter">
    <label for="filter-${name}">${label}</label>
    <select id="filter-${name}" name="${name}">
      <option value="">${all}</option>
      <#list options as o><option value="${o.value}"><#if o.nested>　</#if>${o.label}</option></#list>
    </select>
  </p>
</#macro>
<@l.page title="搜索" root=root description="在全部 ${content.reports} 篇文稿的正文、标题、名词解释和 ${content.terms} 个术语中搜索词语。" module="js/search.js">
<h1>搜索</h1>
<a class="skip-link" href="#search-status">跳到搜索结果</a>
<form id="search-form" class="search-form" role="search" aria-label="搜索文稿和术语" action="${root}search.html" method="get">
  <p class="search-field">
    <label for="search-q">要找的词语</label>
    <input type="search" id="search-q" name="q" enterkeyhint="search" autocomplete="off" aria-describedby="search-help">
    <button type="submit">搜索</button>
  </p>
  <p id="search-help" class="search-help">在全部 ${content.reports} 篇文稿的正文、标题、名词解释和 ${content.terms} 个术语中逐字查找。几个词用空格隔开，表示同一段中都要有；繁体、简体不分；术语也可以用不带声调的拼音找（如 yidianyiku）。</p>
  <fieldset class="search-filters">
    <legend>筛选</legend>
    <@filter name="place" label="地区" all="全部地区" options=content.places />
    <@filter name="year" label="年份" all="全部年份" options=content.years />
    <@filter name="kind" label="类型" all="全部类型" options=content.kinds />
    <@filter name="theme" label="主题" all="全部主题" options=content.themes />
  </fieldset>
</form>
<noscript><p class="search-nojs">搜索需要浏览器运行 JavaScript。不用 JavaScript，可以从<a href="${root}glossary/index.html">术语表</a>、<a href="${root}places/index.html">地区</a>、<a href="${root}years/index.html">年份</a>和<a href="${root}themes/index.html">主题</a>浏览全部文稿。</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<div id="search-glossary" class="search-glossary"></div>
<section class="search-output" aria-labelledby="search-results-title">
<h2 id="search-results-title" class="search-results-title" hidden>文稿</h2>
<ol id="search-results" class="search-results"></ol>
<nav id="search-pages" class="pager" aria-label="搜索结果分页" hidden></nav>
</section>
</@l.page>

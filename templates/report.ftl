<#ftl output_format="HTML">
<#-- A report's page: content is a ReportPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.title root=root ogType="article" description=content.description>
<article class="report" aria-labelledby="report-title">
<header class="report-header">
  <h1 id="report-title" data-source-text>${content.title}</h1>
  <#if content.headerLines?has_content>
  <div class="source-header" data-source-text>
    <#list content.headerLines as line><p>${line}</p></#list>
  </div>
  </#if>
  <dl class="meta">
    <div><dt>地区</dt><dd><#if content.placeUrl?has_content><a href="${root}${content.placeUrl}">${content.place}</a><#else>${content.place}</#if><#if content.province?has_content>（${content.province}）</#if></dd></div>
    <div><dt>日期</dt><dd>${content.when}</dd></div>
    <#if content.meeting?has_content><div><dt>会议</dt><dd>${content.meeting}</dd></div></#if>
    <#if content.speaker?has_content><div><dt>报告人</dt><dd>${content.speaker}<#if content.office?has_content>（${content.office}）</#if></dd></div></#if>
    <div><dt>类型</dt><dd>${content.kind}</dd></div>
    <#if content.publication?has_content><div><dt>来源</dt><dd>${content.publication}</dd></div></#if>
    <div><dt>原文</dt><dd><a href="${content.markdownFile}" type="text/markdown">注释版 Markdown</a>　<span class="source-file">源文件 ${content.sourceFile}</span></dd></div>
  </dl>
  <#if content.sources?has_content>
  <p class="sources">著录依据：<#list content.sources as s>${s.field}据${s.from}<#sep>；</#list>。</p>
  </#if>
  <#if content.supplied?has_content>
  <p class="supplied" role="note">原文未载明、由编者补充的信息：${content.supplied?join("、")}。</p>
  </#if>
  <#if content.incomplete>
  <p class="warning" role="note"><strong>原文不完整。</strong>${content.incompleteReason!""}</p>
  </#if>
  <#if content.themes?has_content>
  <section class="report-themes" aria-labelledby="themes-title">
    <h2 id="themes-title">主题</h2>
    <ul class="chips"><#list content.themes as t><li><a href="${root}themes/${t.slug}.html">${t.name}</a> <span class="count">${t.share}</span></li></#list></ul>
    ${content.themeChart?no_esc}
  </section>
  </#if>
  <#if content.figures?has_content>
  <section class="report-figures" aria-labelledby="figures-title">
    <h2 id="figures-title">主要数字</h2>
    <div class="table-scroll" role="region" aria-label="主要数字表" tabindex="0">
    <table class="figures-table stacked">
      <thead><tr><th scope="col">事项</th><th scope="col" class="num">数字</th><th scope="col">时段</th><th scope="col">原文</th></tr></thead>
      <tbody>
      <#list content.figures as f>
        <tr><th scope="row"><a href="${root}figures/${f.measureSlug}.html">${f.measure}</a></th><td class="num">${f.value}</td><td class="period-cell">${f.period}</td><td class="figure-sentence"><a href="#${f.paragraph}">${f.sentence}</a></td></tr>
      </#list>
      </tbody>
    </table>
    </div>
  </section>
  </#if>
  <details class="changes">
    <#assign stripped = content.removed?filter(r -> !r.restored && !r.layout)>
    <#assign restored = content.removed?filter(r -> r.restored)>
    <#assign layout = content.removed?filter(r -> r.layout)>
    <summary>编者处理：删去非正文 ${content.removedCount} 行，编者注 ${content.noteCount} 条</summary>
    <#if stripped?has_content>
    <p>原文中不属于报告的内容未予发布；展开各项可查看删去的原文：</p>
    <ul>
      <#list stripped as r><li><details class="removed"><summary>${r.label}：第${r.lines?map(n -> n?c)?join("、")}行</summary>
        <ul class="removed-lines"><#list r.items as x><li><span class="line-no">第${x.line?c}行</span> <bdi>${x.text}</bdi></li></#list></ul>
      </details></li></#list>
    </ul>
    <#else>
    <p>原文中没有需要删去的网页或版面内容。</p>
    </#if>
    <#list restored as r>
    <p>${r.label}：第${r.lines?map(n -> n?c)?join("、")}行。</p>
    </#list>
    <#list layout as r>
    <p>复制时加上的排版符号（${r.label}）已去掉，所在行的文字照录：第${r.lines?map(n -> n?c)?join("、")}行。</p>
    </#list>
    <p>连接的分栏断行、原文缺字和其他情况见文末“编者注”；正文文字未作<#if restored?has_content>其他</#if>任何改动。</p>
  </details>
</header>
<#if content.toc?has_content>
<nav class="toc" aria-label="目录">
  <details>
    <summary>目录（${content.toc?size} 项）</summary>
    <ol>
    <#list content.toc as t><li class="toc-${t.level}"><a href="#${t.id}">${t.text}</a></li></#list>
    </ol>
  </details>
</nav>
</#if>
<div class="report-body" data-source-text>
${content.body?no_esc}
</div>
<#if content.tips?has_content>
<#-- One definition per linked term, whatever the number of its links: the tooltips, and the printed notes. -->
<section class="term-tips" aria-labelledby="term-notes">
  <h2 id="term-notes">术语释义</h2>
  <ol>
  <#list content.tips as t><li class="tip-home" data-note="${t.note}"><span class="tip" role="tooltip" id="${t.id}" data-term="${t.term}">${t.definition}</span></li></#list>
  </ol>
</section>
</#if>
</article>
</@l.page>

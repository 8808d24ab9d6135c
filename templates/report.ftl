<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign id = content.uri?keep_after_last("/")?remove_ending(".html")>
<#assign headerLines = content.header_json?eval_json>
<#assign toc = content.toc_json?eval_json>
<#assign removed = content.removed_json?eval_json>
<#assign supplied = content.supplied_json?eval_json>
<#assign themes = (content.themes_json!"[]")?eval_json>
<#assign fieldNames = {"title": "标题", "city": "地区", "province": "省份", "date": "日期", "year": "年份", "congress": "届次",
  "session": "会次", "speaker": "报告人", "office": "职务", "kind": "类型", "incomplete": "完整性", "publication": "来源"}>
<@l.page title=content.title root=root ogType="article" description=[(content.city)!"", (content.delivered)!(content.year)!"", content.kind_label]?filter(x -> x?has_content)?join("，") + "。" + content.title + "全文，附术语解释和编者说明。">
<article class="report" aria-labelledby="report-title">
<header class="report-header">
  <h1 id="report-title" data-source-text>${content.title}</h1>
  <#if headerLines?has_content>
  <div class="source-header" data-source-text>
    <#list headerLines as line><p>${line}</p></#list>
  </div>
  </#if>
  <dl class="meta">
    <div><dt>地区</dt><dd><#if (content.city)?has_content><#if (content.city_url)?has_content><a href="${root}${content.city_url}">${content.city}</a><#else>${content.city}</#if><#if (content.province)?has_content && content.province != content.city>（${content.province}）</#if><#elseif content.anonymised == "true">原文已匿名，不作推断<#else>不详</#if></dd></div>
    <div><dt>日期</dt><dd><#if (content.delivered)?has_content>${l.cnDate(content.delivered)}<#elseif (content.year)?has_content>${content.year}年<#else>不详</#if></dd></div>
    <#if (content.congress)?has_content><div><dt>会议</dt><dd>第${content.congress}届人民代表大会<#if (content.session)?has_content>第${content.session}次会议</#if></dd></div></#if>
    <#if (content.speaker)?has_content><div><dt>报告人</dt><dd>${content.speaker}<#if (content.office)?has_content>（${content.office}）</#if></dd></div></#if>
    <div><dt>类型</dt><dd>${content.kind_label}</dd></div>
    <#if (content.publication)?has_content><div><dt>来源</dt><dd>${content.publication}</dd></div></#if>
    <div><dt>原文</dt><dd><a href="${id}.md" type="text/markdown">注释版 Markdown</a>　<span class="source-file">源文件 ${content.source_file}</span></dd></div>
  </dl>
  <#if supplied?has_content>
  <p class="supplied" role="note">原文未载明、由编者补充的信息：${supplied?map(f -> fieldNames[f]!f)?join("、")}。</p>
  </#if>
  <#if content.incomplete == "true">
  <p class="warning" role="note"><strong>原文不完整。</strong>${(content.incomplete_reason)!""}</p>
  </#if>
  <#if themes?has_content>
  <section class="report-themes" aria-labelledby="themes-title">
    <h2 id="themes-title">主题</h2>
    <ul class="chips"><#list themes as t><li><a href="${root}themes/${t.slug}.html">${t.name}</a> <span class="count">${t.share}</span></li></#list></ul>
    ${content.theme_chart?no_esc}
  </section>
  </#if>
  <details class="changes">
    <summary>编者处理：删去非正文 ${content.removed_count} 行，编者注 ${content.note_count} 条</summary>
    <#if removed?has_content>
    <p>原文中不属于报告的内容未予发布（内容见构建日志）：</p>
    <ul>
      <#list removed as r><li>${r.label}：第${r.lines?join("、")}行</li></#list>
    </ul>
    <#else>
    <p>原文中没有需要删去的网页或版面内容。</p>
    </#if>
    <p>连接的分栏断行、原文缺字和其他情况见文末“编者注”；正文文字未作任何改动。</p>
  </details>
</header>
<#if toc?has_content>
<nav class="toc" aria-label="目录">
  <details>
    <summary>目录（${toc?size} 项）</summary>
    <ol>
    <#list toc as t><li class="toc-${t.level}"><a href="#${t.id}">${t.text}</a></li></#list>
    </ol>
  </details>
</nav>
</#if>
<div class="report-body" data-source-text>
${content.body?no_esc}
</div>
</article>
</@l.page>

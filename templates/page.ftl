<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.rootpath description=(content.description)!"">
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@l.page>

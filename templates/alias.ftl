<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title=content.title root=root description="“" + content.title + "”是“" + content.target_term + "”的又一写法。" refresh=content.target + ".html" canonical="glossary/" + content.target + ".html">
<article class="term-alias">
<h1>${content.title}</h1>
<p>“${content.title}”是<a href="${content.target}.html">“${content.target_term}”</a>的又一写法，请见该词条。</p>
</article>
</@l.page>

<#ftl output_format="HTML">
<#-- The page of another spelling of a term, leading to its entry: content is an AliasPage. -->
<#import "layout.ftl" as l>
<#assign root = here.root>
<@l.page title=content.alias root=root description="“" + content.alias + "”是“" + content.term + "”的又一写法。" refresh=content.slug + ".html" canonical="glossary/" + content.slug + ".html">
<article class="term-alias">
<h1>${content.alias}</h1>
<p>“${content.alias}”是<a href="${content.slug}.html">“${content.term}”</a>的又一写法，请见该词条。</p>
</article>
</@l.page>

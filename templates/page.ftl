<#ftl output_format="HTML">
<#-- A hand-written page of content/: content is a ContentPage. -->
<#import "layout.ftl" as l>
<@l.page title=content.title root=here.root description=content.description>
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
<#if content.projectDocs>
<h2 id="project">项目文档</h2>
<p>本站由一个开源的静态网站生成程序构建。构建方法、如何添加报告、术语和主题文件的格式，以及测试、依赖和许可证报告，见<a href="${here.root}project/index.html">项目文档</a>。</p>
</#if>
</article>
</@l.page>

package org.confsite.bake;

/** The sitemap, through JBake's renderer: every page of every language that is not shown untranslated. */
final class RenderSitemap implements Step {
    @Override
    public String phase() {
        return "render";
    }

    @Override
    public String run(Build b) {
        JBakeCalls.run(() -> b.writer.renderSitemap(b.site.sitemapFile()));
        return b.site.sitemapFile();
    }
}

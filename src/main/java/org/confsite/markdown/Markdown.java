package org.confsite.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Set;

/**
 * The site's Markdown: tables, footnotes, strikethrough, autolinks and heading ids; a line break
 * in the source is a space, not {@code <br>}. Built once and shared (flexmark's parser and
 * renderer are immutable and thread-safe), where JBake's stock engine rebuilds them per file.
 *
 * <p>Links written from the site root ({@code /programme.html}, {@code /about.md}) are made
 * relative to the page they appear on, so the site works from any folder or {@code file://}.
 */
public final class Markdown {
    private static final DataKey<String> ROOT = new DataKey<>("CONFSITE_ROOT", "");

    private final Parser parser;
    /** A heading's own anchor, written after its text: {@code ## 大會數據 {#the-numbers}}. */
    private static final java.util.regex.Pattern HEADING_ID =
            java.util.regex.Pattern.compile("\\s*\\{#([A-Za-z][A-Za-z0-9_-]*)\\}\\s*$");
    private final HtmlRenderer trusted;
    private final HtmlRenderer escaped;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // HTML's void elements take no closing slash (the HTML checker warns about one).
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        // A link to any scheme but these, or to another host without one ("//host"), is written as
        // text: no javascript:, data: or vbscript: link, whatever its case.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, org.confsite.config.SitePaths.UNSAFE_LINK);
        parser = Parser.builder(options).build();
        trusted = HtmlRenderer.builder(options).linkResolverFactory(new RootLinks())
                .attributeProviderFactory(new ExternalLinks()).build();
        MutableDataSet escapedOptions = new MutableDataSet(options);
        escapedOptions.set(HtmlRenderer.ESCAPE_HTML, true);
        escaped = HtmlRenderer.builder(escapedOptions).linkResolverFactory(new RootLinks())
                .attributeProviderFactory(new ExternalLinks())
                .nodeRendererFactory(data -> () -> Set.of(new NodeRenderingHandler<>(Heading.class, Markdown::headingAsText)))
                .build();
    }

    /** Renders an editor's own Markdown page: raw HTML in it is kept. */
    public String render(String markdown, String root) {
        Document document = parse(markdown);
        explicitHeadingIds(document);
        document.set(ROOT, root);
        return withoutVoidSlash(trusted.render(document));
    }

    /**
     * As {@link #render(String, String)}, with what the page's checks need: each image without a
     * text alternative and each link or image address, with their places in {@code markdown}.
     *
     * @throws TooComplex when the text nests too deeply or would take too long to read
     */
    public Page renderPage(String markdown, String root) {
        Document document = parse(markdown);
        explicitHeadingIds(document);
        PageFindings findings = PageFindings.of(document, markdown, root);
        document.set(ROOT, root);
        return new Page(withoutVoidSlash(trusted.render(document)), findings.links(), findings.imagesWithoutAlt());
    }

    /**
     * A rendered page and what was found in it.
     *
     * @param links            every address a link or image of the page gives, with where it is written
     * @param imagesWithoutAlt the images (Markdown or raw HTML) without a text alternative
     */
    public record Page(String html, List<Address> links, List<Address> imagesWithoutAlt) {
        public Page {
            links = List.copyOf(links);
            imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
        }
    }

    /**
     * An address as an editor wrote it, where it is (1-based line and column in the Markdown given),
     * and as the page links to it ({@code /about.md} written, {@code ../about.html} linked).
     *
     * @param html whether it was written in raw HTML rather than in Markdown
     */
    public record Address(String written, String linked, int line, int column, boolean html) {
        /** The same address, {@code lines} lines further down (the Markdown's place in its file). */
        public Address below(int lines) {
            return new Address(written, linked, line + lines, column, html);
        }
    }

    /** Thrown for a text that cannot be read within the limits: what is wrong, and its 1-based line (0 if unknown). */
    public static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooComplex(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses within {@link ParseLimits}: a bounded amount of work and of nesting. */
    private Document parse(String markdown) {
        Document document;
        try {
            document = parser.parse(ParseLimits.budgeted(markdown));
        } catch (StackOverflowError e) {
            throw new TooComplex(ParseLimits.TOO_DEEP, 0);
        }
        ParseLimits.requireShallow(document);
        return document;
    }

    /**
     * Renders text from data files: any HTML in it is shown as text, never as markup, and a heading
     * is a bold paragraph, so that an abstract or a bio cannot break the page's outline.
     */
    public String renderEscaped(String markdown, String root) {
        return render(escaped, markdown, root);
    }

    /**
     * Editors' pages may give a heading its own anchor, {@code ## 交通方式 {#getting-there}}, so
     * that a translation keeps the anchors other pages link to (Flexmark would make one from the
     * Chinese text). Only this form, at the end of a heading, is read: braces anywhere else are text.
     */
    private static void explicitHeadingIds(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLastChild() instanceof com.vladsch.flexmark.ast.Text text) {
                java.util.regex.Matcher m = HEADING_ID.matcher(text.getChars());
                if (m.find()) {
                    text.setChars(text.getChars().subSequence(0, m.start()));
                    heading.setAnchorRefId(m.group(1));
                    heading.setExplicitAnchorRefId(true);
                }
            }
        }
    }

    private String render(HtmlRenderer renderer, String markdown, String root) {
        Document document = parse(markdown);
        document.set(ROOT, root);
        return withoutVoidSlash(renderer.render(document));
    }

    /** Rules (a thematic break, the footnotes' rule), which Flexmark writes as XHTML whatever its options. */
    /**
     * Flexmark writes void elements as XHTML ({@code <img ... />}); in HTML the slash means nothing
     * and the HTML checker warns about it. Attribute values in quotes may hold {@code >}.
     */
    private static String withoutVoidSlash(String html) {
        return VOID_SLASH.matcher(html).replaceAll("<$1$2>");
    }

    private static final java.util.regex.Pattern VOID_SLASH = java.util.regex.Pattern.compile(
            "<(area|br|col|embed|hr|img|input|source|track|wbr)((?:\\s+[^\\s\"'=<>/]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/>");

    private static void headingAsText(Heading heading, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(heading.getChars()).withAttr().tagLine("p", () -> {
            html.tag("strong");
            context.renderChildren(heading);
            html.closeTag("strong");
        });
    }

    /**
     * Marks links to other sites: {@code class="external"} (the stylesheet shows a sign after
     * them) and {@code rel="noopener"}, so the page opened gets no handle on this one.
     */
    private static final class ExternalLinks extends com.vladsch.flexmark.html.IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (part == com.vladsch.flexmark.html.renderer.AttributablePart.LINK
                        && (node instanceof com.vladsch.flexmark.ast.Link || node instanceof com.vladsch.flexmark.ast.AutoLink
                        || node instanceof com.vladsch.flexmark.ast.LinkRef)) {
                    String href = attributes.getValue("href");
                    if (href != null && href.matches("(?i)https?://.*")) {
                        attributes.addValue("class", "external");
                        attributes.replaceValue("rel", "noopener");
                    }
                }
            };
        }
    }

    /** Rewrites root-relative links and {@code .md} targets to the built page's relative path. */
    static final class RootLinks implements LinkResolverFactory {
        /** What a link written in Markdown becomes on a page at {@code root} (e.g. "../"). */
        static String linked(String url, String root) {
            if (url.startsWith("/") && !url.startsWith("//")) {
                String target = root + mdToHtml(url.substring(1));
                return target.isEmpty() ? "./" : target;
            }
            return url;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            String root = ROOT.get(context.getDocument());
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                String url = link.getUrl();
                if (url.startsWith("/") && !url.startsWith("//")) {
                    return link.withStatus(LinkStatus.VALID).withUrl(linked(url, root));
                }
                return link;
            };
        }

        static String mdToHtml(String path) {
            int cut = indexOfAny(path, '#', '?');
            String file = cut < 0 ? path : path.substring(0, cut);
            String rest = cut < 0 ? "" : path.substring(cut);
            if (file.endsWith(".md")) {
                file = file.substring(0, file.length() - 3) + ".html";
            }
            return file + rest;
        }

        private static int indexOfAny(String s, char a, char b) {
            int i = s.indexOf(a);
            int j = s.indexOf(b);
            return i < 0 ? j : j < 0 ? i : Math.min(i, j);
        }
    }
}

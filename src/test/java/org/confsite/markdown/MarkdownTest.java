package org.confsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void lineBreaksInTheSourceAreNotHardBreaks() {
        assertEquals("<p>one\ntwo</p>\n", markdown.render("one\ntwo", ""));
    }

    @Test
    void headingsGetIds() {
        assertEquals("<h2 id=\"getting-there\">Getting there</h2>\n", markdown.render("## Getting there", ""));
    }

    @Test
    void aHeadingMayGiveItsOwnIdAndBracesElsewhereAreText() {
        assertEquals("<h2 id=\"getting-there\">交通方式</h2>\n", markdown.render("## 交通方式 {#getting-there}", ""));
        assertEquals("<p>Templates use {placeholder} syntax; call <code>f()</code> {with care}.</p>\n",
                markdown.render("Templates use {placeholder} syntax; call `f()` {with care}.", ""));
        assertEquals("<h2 id=\"a-b-c\">A {b} c</h2>\n", markdown.render("## A {b} c", ""));
        // Data files (abstracts, bios) have no such syntax: the braces are shown.
        assertEquals("<p><strong>Bio {#x}</strong></p>\n", markdown.renderEscaped("## Bio {#x}", ""));
    }

    @Test
    void tablesAndFootnotes() {
        String html = markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^n]\n\n[^n]: Note.", "");
        assertEquals(true, html.contains("<table class=\"table\">"), html);
        assertEquals(true, html.contains("<th>a</th>"), html);
        assertEquals(true, html.contains("class=\"footnotes\""), html);
    }

    @Test
    void rootRelativeLinksBecomeRelativeToThePage() {
        assertEquals("<p><a href=\"../programme.html#day-1\">p</a> <a href=\"../about.html\">a</a> "
                + "<a href=\"https://example.org/x\" class=\"external\" rel=\"noopener\">x</a> <a href=\"other.html\">o</a></p>\n",
                markdown.render("[p](/programme.html#day-1) [a](/about.md) [x](https://example.org/x) [o](other.html)", "../"));
    }

    @Test
    void escapedRenderingShowsHtmlAsText() {
        assertEquals("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; <em>ok</em></p>\n",
                markdown.renderEscaped("Hi <script>alert(1)</script> *ok*", ""));
        assertEquals("<p>&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;</p>\n",
                markdown.renderEscaped("<div onclick=\"x()\">block</div>", ""), "an HTML block is shown as text too");
        assertEquals("<p>x</p>\n", markdown.renderEscaped("[x](javascript:alert(1))", ""));
    }

    @Test
    void linksToScriptsDataAndOtherHostsWithoutSchemeAreWrittenAsText() {
        for (String url : new String[] {"JaVaScRiPt:alert(3)", "data:text/html,hi", "//evil.example/", "vbscript:x"}) {
            assertEquals("<p>x</p>\n", markdown.renderEscaped("[x](<" + url + ">)", ""), url);
            assertEquals("<p>x</p>\n", markdown.render("[x](<" + url + ">)", ""), "also in an editor's page: " + url);
        }
        assertEquals("<p><a href=\"mailto:a@example.org\">m</a> <a href=\"tel:+886223456789\">t</a> "
                + "<a href=\"HTTPS://example.org\" class=\"external\" rel=\"noopener\">h</a></p>\n",
                markdown.renderEscaped("[m](mailto:a@example.org) [t](tel:+886223456789) [h](HTTPS://example.org)", ""));
    }

    @Test
    void headingsInDataTextAreBoldParagraphsNotPartOfThePageOutline() {
        assertEquals("<p><strong>Big <em>heading</em></strong></p>\n<p>Text</p>\n",
                markdown.renderEscaped("# Big *heading*\n\nText", ""));
        assertEquals("<h1 id=\"big\">Big</h1>\n", markdown.render("# Big", ""), "an editor's page keeps its headings");
    }

    @Test
    void imagesWithoutTextAlternativeAreReportedWithTheirLine() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        markdown.render("Text\n\n![](a.png)\n\n![A cat](b.png)\n\nSee ![ ](c.png) and <https://example.org>.\n", "",
                (url, line) -> missing.add(line + ":" + url));
        assertEquals(java.util.List.of("2:a.png", "6:c.png"), missing);
        assertEquals("<p><a href=\"https://example.org\" class=\"external\" rel=\"noopener\">https://example.org</a></p>\n",
                markdown.render("<https://example.org>", ""), "autolinks to other sites are marked too");
    }
}

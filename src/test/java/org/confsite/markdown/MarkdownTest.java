package org.confsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    void imagesWithoutTextAlternativeAreReportedWithTheirLineAndColumn() {
        Markdown.Page page = markdown.renderPage("Text\n\n![](a.png)\n\n![A cat](b.png)\n\nSee ![ ](c.png) and"
                + " <https://example.org>.\n", "");
        assertEquals(List.of("3:5:a.png", "7:10:c.png"), page.imagesWithoutAlt().stream()
                .map(a -> a.line() + ":" + a.column() + ":" + a.written()).toList());
        assertEquals("<p><a href=\"https://example.org\" class=\"external\" rel=\"noopener\">https://example.org</a></p>\n",
                markdown.render("<https://example.org>", ""), "autolinks to other sites are marked too");
    }

    @Test
    void rawHtmlImagesNeedAnAltAttributeAndAnEmptyOneMarksDecoration() {
        Markdown.Page page = markdown.renderPage("Intro\n\n<div class=\"x\">\n<img src=\"a.png\">\n"
                + "<img src=\"b.png\" alt=\"\">\n<IMG SRC='c.png' ALT='A cat'>\n</div>\n\nInline <img src=d.png> here.\n", "");
        assertEquals(List.of("4:11:a.png:true", "9:17:d.png:true"), page.imagesWithoutAlt().stream()
                .map(a -> a.line() + ":" + a.column() + ":" + a.written() + ":" + a.html()).toList());
    }

    @Test
    void addressesAreFoundAsWrittenWithTheirPlaceAndWhatThePageLinksTo() {
        Markdown.Page page = markdown.renderPage("See [the form](/registration.html) and\n[venue][v], "
                + "<a href=\"about.html#x\">about</a>.\n\n[v]: /venue.md\n", "../");
        assertEquals(List.of("/registration.html -> ../registration.html at 1:16",
                        "/venue.md -> ../venue.html at 4:6",
                        "about.html#x -> about.html#x at 2:22"),
                page.links().stream().map(a -> a.written() + " -> " + a.linked() + " at " + a.line() + ":" + a.column())
                        .sorted().toList());
    }

    @Test
    void textNestedThousandsDeepIsRefusedWithItsLineNotAStackOverflow() {
        for (String text : List.of(">".repeat(20_000) + " x", "*a ".repeat(5_000) + "x" + " b*".repeat(5_000),
                "Intro\n\n" + "![".repeat(3_000) + "x" + "](y)".repeat(3_000))) {
            Markdown.TooComplex e = assertThrows(Markdown.TooComplex.class, () -> markdown.renderPage(text, ""));
            assertTrue(e.getMessage().startsWith("the text nests more than 100 levels deep") || e.getMessage()
                    .startsWith("the text would take too long"), e.getMessage());
        }
        // Deep but within the limit: read as usual.
        assertTrue(markdown.render(">".repeat(50) + " x", "").contains("<blockquote>"));
    }

    @Test
    void textThatWouldTakeHoursIsRefusedByTheAmountOfWorkNotByAClock() {
        // Each of these takes time growing with the square of its length in Flexmark (4 s at 50 KB).
        for (String text : List.of("www.a".repeat(20_000), "[a](".repeat(30_000),
                "[a]: b\n".repeat(5_000) + "[a]".repeat(5_000))) {
            Markdown.TooComplex e = assertThrows(Markdown.TooComplex.class, () -> markdown.renderPage(text, ""));
            assertTrue(e.getMessage().startsWith("the text would take too long to read"), e.getMessage());
        }
        // A long ordinary page is fine.
        assertTrue(markdown.render("A paragraph with a [link](x.html) and *emphasis*.\n\n".repeat(20_000), "")
                .length() > 1_000_000);
    }

    @Test
    void voidElementsAreWrittenAsHtmlNotXhtml() {
        String html = markdown.render("![a > b](photo.png \"x /> y\")\n\nline  \nbreak\n\n---\n", "");
        assertTrue(html.contains("<img src=\"photo.png\" alt=\"a &gt; b\" title=\"x /&gt; y\">")
                || html.contains("<img src=\"photo.png\" alt=\"a > b\" title=\"x /> y\">"), html);
        assertTrue(html.contains("<br>") && html.contains("<hr>") && !html.contains(" />"), html);
    }
}

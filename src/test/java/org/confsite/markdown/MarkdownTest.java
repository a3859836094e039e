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
    void tablesAndFootnotes() {
        String html = markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^n]\n\n[^n]: Note.", "");
        assertEquals(true, html.contains("<table class=\"table\">"), html);
        assertEquals(true, html.contains("<th>a</th>"), html);
        assertEquals(true, html.contains("class=\"footnotes\""), html);
    }

    @Test
    void rootRelativeLinksBecomeRelativeToThePage() {
        assertEquals("<p><a href=\"../programme.html#day-1\">p</a> <a href=\"../about.html\">a</a> "
                + "<a href=\"https://example.org/x\">x</a> <a href=\"other.html\">o</a></p>\n",
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
}

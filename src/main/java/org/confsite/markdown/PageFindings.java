package org.confsite.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What the checks of a page need from its Markdown, read from the parsed tree before it is
 * rendered: every address a link or image gives (as written, and where), and the images that have
 * no text alternative, in Markdown ({@code ![](x.png)}) or in raw HTML ({@code <img src=x.png>};
 * {@code alt=""} is HTML's way of marking a picture as decoration, and is accepted).
 */
record PageFindings(List<Markdown.Address> links, List<Markdown.Address> imagesWithoutAlt) {

    static PageFindings of(Document document, String markdown, String root) {
        Lines lines = new Lines(markdown);
        Set<Markdown.Address> links = new LinkedHashSet<>();
        Set<Markdown.Address> noAlt = new LinkedHashSet<>();
        // The tree's depth is bounded (ParseLimits), but walk it without recursion all the same.
        java.util.Deque<Node> nodes = new java.util.ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Link link) {
                links.add(address(link.getUrl(), link, root, lines));
            } else if (node instanceof Image image) {
                Markdown.Address address = address(image.getUrl(), image, root, lines);
                links.add(address);
                if (image.getText().isBlank()) {
                    noAlt.add(address);
                }
            } else if (node instanceof LinkRef ref) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(address(target.getUrl(), target, root, lines));
                }
            } else if (node instanceof ImageRef ref) {
                Reference target = ref.getReferenceNode(document);
                Markdown.Address address = target != null ? address(target.getUrl(), target, root, lines)
                        : address(ref.getReference(), ref, root, lines);
                if (target != null) {
                    links.add(address);
                }
                if (ref.getText().isBlank()) {
                    noAlt.add(address);
                }
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml(node.getChars(), lines, links, noAlt);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
            }
        }
        return new PageFindings(List.copyOf(links), List.copyOf(noAlt));
    }

    private static Markdown.Address address(BasedSequence url, Node node, String root, Lines lines) {
        String written = url.unescape();
        int offset = url.isEmpty() ? node.getStartOffset() : url.getStartOffset();
        return new Markdown.Address(written, Markdown.RootLinks.linked(written, root), lines.line(offset),
                lines.column(offset), false);
    }

    /** Links, pictures and pictures without alt in an editor's raw HTML, located at their address. */
    private static void rawHtml(BasedSequence html, Lines lines, Set<Markdown.Address> links, Set<Markdown.Address> noAlt) {
        String text = html.toString();
        if (text.indexOf('=') < 0 && !text.regionMatches(true, 0, "<img", 0, 4)) {
            return; // a closing tag, a comment without attributes
        }
        int searchFrom = 0;
        for (Element element : Jsoup.parseBodyFragment(text).body().getAllElements()) {
            for (String attribute : List.of("href", "src")) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                String value = element.attr(attribute);
                int at = value.isEmpty() ? -1 : text.indexOf(value, searchFrom);
                int offset = html.getStartOffset() + Math.max(at, 0);
                if (at >= 0) {
                    searchFrom = at + value.length();
                }
                Markdown.Address address = new Markdown.Address(value, value, lines.line(offset), lines.column(offset),
                        true);
                links.add(address);
                if ("img".equals(element.normalName()) && "src".equals(attribute) && !element.hasAttr("alt")) {
                    noAlt.add(address);
                }
            }
            if ("img".equals(element.normalName()) && !element.hasAttr("src") && !element.hasAttr("alt")) {
                int offset = html.getStartOffset();
                noAlt.add(new Markdown.Address("", "", lines.line(offset), lines.column(offset), true));
            }
        }
    }

    /** Offsets in a text as 1-based lines and columns. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}

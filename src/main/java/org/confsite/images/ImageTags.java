package org.confsite.images;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Gives each {@code <img>} of a page's HTML that shows one of the site's resizable pictures its
 * copies ({@code srcset}, {@code sizes}), its size ({@code width}, {@code height}, so the page
 * does not jump as it loads) and lazy loading after the page's first picture. Other images, and
 * attributes an editor set, are left as written.
 */
public final class ImageTags {
    /** An {@code <img>} tag; quoted attribute values may hold {@code >}. */
    private static final Pattern IMG = Pattern.compile(
            "<img((?:\\s+[^\\s\"'=<>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    /** The width a picture in the text column is shown at: the column (70ch) or the screen, whichever is narrower. */
    static final String SIZES = "(max-width: 70ch) 100vw, 70ch";

    private ImageTags() {
    }

    /**
     * @param html     a page's HTML
     * @param resolve  an image's {@code src} as written to the picture it shows, or null
     * @param relative the address the page should write for a copy (site path), given the {@code src}
     *                 the picture was written with
     * @return the HTML with the pictures' tags completed
     */
    public static String complete(String html, Function<String, Picture> resolve,
            java.util.function.BiFunction<String, String, String> relative) {
        if (!html.contains("<img")) {
            return html;
        }
        Matcher m = IMG.matcher(html);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            Element img = Jsoup.parseBodyFragment(m.group()).selectFirst("img");
            Picture picture = img == null ? null : resolve.apply(img.attr("src"));
            String replacement = m.group();
            if (picture != null) {
                if (!img.hasAttr("srcset") && !picture.widths().isEmpty()) {
                    StringBuilder srcset = new StringBuilder();
                    String src = img.attr("src");
                    for (int w : picture.widths()) {
                        srcset.append(srcset.length() == 0 ? "" : ", ").append(relative.apply(src, picture.copy(w))).append(' ')
                                .append(w).append('w');
                    }
                    img.attr("src", relative.apply(src, picture.fallback()));
                    img.attr("srcset", srcset.toString());
                    if (!img.hasAttr("sizes")) {
                        img.attr("sizes", SIZES);
                    }
                }
                if (!img.hasAttr("width") && !img.hasAttr("height")) {
                    img.attr("width", Integer.toString(picture.width()));
                    img.attr("height", Integer.toString(picture.height()));
                }
                if (!first && !img.hasAttr("loading")) {
                    img.attr("loading", "lazy");
                }
                if (!img.hasAttr("decoding")) {
                    img.attr("decoding", "async");
                }
                img.ownerDocument().outputSettings().prettyPrint(false);
                replacement = img.outerHtml();
            }
            first = false;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

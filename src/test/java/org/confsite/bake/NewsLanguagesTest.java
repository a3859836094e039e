package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.confsite.error.SiteException;
import org.confsite.support.LinkChecker;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * News in two languages ({@link TestSites#newsInTwoLanguages}): a post in English only, one in
 * Traditional Chinese only, a translated post whose translation has tags of its own, Chinese tags,
 * authors. Where each post is published and listed, in which feed, search index and sitemap entry,
 * where the language switcher leads, the tag pages of each language, and the errors an editor can make.
 */
@ExtendWith(SharedSites.class)
class NewsLanguagesTest {
    private static final String ZH = "zh-Hant-TW";
    private static final String BASE = "https://fixture.example.org/conf/";

    @TempDir
    static Path tmp;
    static Path out;
    static Bakery.Report report;

    @BeforeAll
    static void bakeNewsInTwoLanguages(SharedSites.Sites sites) {
        out = sites.news();
        report = sites.newsReport();
    }

    /** The site path a link on the page at {@code page} leads to. */
    private static String target(String page, String href) {
        String path = URI.create("/" + page).resolve(href).getPath().substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static Document xml(String file) {
        return Jsoup.parse(TestSites.text(out.resolve(file)), "", Parser.xmlParser());
    }

    @Test
    void aPostInOneLanguageIsPublishedInThatLanguageOnlyAtItsAddressThere() {
        for (String page : List.of("news/speaker-dinner.html", "zh-tw/news/night-market.html", "news/first.html",
                "zh-tw/news/first.html")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        assertFalse(Files.exists(out.resolve("zh-tw/news/speaker-dinner.html")), "no Chinese copy of the English-only post");
        assertFalse(Files.exists(out.resolve("news/night-market.html")), "no English copy of the Chinese-only post");

        Document zh = TestSites.html(out, "zh-tw/news/night-market.html");
        assertEquals(ZH, zh.selectFirst("html").attr("lang"));
        assertEquals("夜市導覽", zh.selectFirst("h1").text());
        assertFalse(zh.selectFirst("h1").hasAttr("lang"), "its text is in the page's language");
        assertNull(zh.selectFirst(".translation-note"), "not a page shown untranslated");
        Document en = TestSites.html(out, "news/speaker-dinner.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertNull(en.selectFirst(".translation-note"));

        // Neither is a page waiting for its translation.
        Bakery.Translated translated = report.translations().get("zh-tw");
        assertTrue(translated.untranslated().stream().noneMatch(f -> f.contains("speaker-dinner") || f.contains("night-market")),
                translated.toString());
        assertEquals(16, translated.pages(), "the fixture's 16 Markdown pages, without the two posts in one language");
        assertEquals(List.of(), report.warnings().stream().filter(w -> w.contains("tag")).toList());
    }

    @Test
    void theOtherLanguagesListsShowItMarkedWithItsLanguageAndLinkToItsOnePage() {
        Document en = TestSites.html(out, "news/index.html");
        assertEquals(List.of("夜市導覽", "Speakers' dinner on the river", "Second news: with a colon", "First news",
                "Legacy header news"), en.select(".news-list li > a").eachText(), "newest first, both languages' posts");
        Element market = en.selectFirst(".news-list li > a[href*=night-market]");
        assertEquals("zh-tw/news/night-market.html", target("news/index.html", market.attr("href")), "its one page");
        assertEquals(ZH, market.attr("hreflang"));
        assertEquals(ZH, market.attr("lang"));
        Element label = market.parent().selectFirst(".badge-language");
        assertEquals("Written in 繁體中文", label.text(), "the language named, visibly, in its own language");
        assertEquals(ZH, label.selectFirst("[lang]").attr("lang"));
        assertEquals(ZH, market.parent().selectFirst("p").attr("lang"), "its summary is marked too");
        assertEquals(1, en.select(".badge-language").size(), "the page's own posts are not marked");

        Document zh = TestSites.html(out, "zh-tw/news/index.html");
        Element dinner = zh.selectFirst(".news-list li > a[href*=speaker-dinner]");
        assertEquals("news/speaker-dinner.html", target("zh-tw/news/index.html", dinner.attr("href")));
        assertEquals("en", dinner.attr("hreflang"));
        assertEquals("撰寫語言：English", dinner.parent().selectFirst(".badge-language").text());
        Element own = zh.selectFirst(".news-list li > a[href*=night-market]");
        assertEquals("zh-tw/news/night-market.html", target("zh-tw/news/index.html", own.attr("href")));
        assertFalse(own.hasAttr("hreflang") || own.hasAttr("lang"), own.outerHtml());

        // The home page's latest news (on_home: 2) too.
        assertEquals(List.of("夜市導覽", "Speakers' dinner on the river"),
                TestSites.html(out, "index.html").select(".news-list li > a").eachText());
        assertEquals(List.of("夜市導覽", "Speakers' dinner on the river"),
                TestSites.html(out, "zh-tw/index.html").select(".news-list li > a").eachText());
    }

    @Test
    void feedsSearchIndexesAndTheSitemapHaveEachPostInItsLanguageOnly() {
        assertEquals(List.of(BASE + "news/speaker-dinner.html", BASE + "news/second.html", BASE + "news/first.html",
                BASE + "news/legacy.html"), xml("feed.xml").select("entry > id").eachText());
        Document zhFeed = xml("zh-tw/feed.xml");
        // The Chinese posts: written in Chinese, and translated (second and legacy are not yet).
        assertEquals(List.of(BASE + "zh-tw/news/night-market.html", BASE + "zh-tw/news/first.html"),
                zhFeed.select("entry > id").eachText());
        Element market = zhFeed.selectFirst("entry");
        assertFalse(market.selectFirst("title").hasAttr("xml:lang"), "in the feed's language");
        assertEquals("2030-01-23T19:00:00+08:00", zhFeed.selectFirst("feed > updated").text(), "its newest post");

        String en = TestSites.text(out.resolve("search-index.js"));
        String zh = TestSites.text(out.resolve("zh-tw/search-index.js"));
        assertTrue(en.contains("\"u\":\"news/speaker-dinner.html\"") && !en.contains("night-market"), en);
        assertTrue(zh.contains("\"u\":\"news/night-market.html\"") && !zh.contains("speaker-dinner.html\""), zh);
        assertTrue(zh.contains("會後一起逛夜市"), "its text is found in Chinese");

        Document sitemap = xml("sitemap.xml");
        List<String> locs = sitemap.select("url > loc").eachText();
        assertEquals(1, locs.stream().filter(l -> l.contains("night-market")).count(), locs.toString());
        assertTrue(locs.contains(BASE + "zh-tw/news/night-market.html") && locs.contains(BASE + "news/speaker-dinner.html"));
        for (String loc : List.of(BASE + "zh-tw/news/night-market.html", BASE + "news/speaker-dinner.html")) {
            Element url = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(loc)).findFirst()
                    .orElseThrow();
            assertTrue(url.select("xhtml|link").isEmpty(), loc + ": no other language to name");
        }
        assertEquals(3, sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(BASE + "news/first.html"))
                .findFirst().orElseThrow().select("xhtml|link").size(), "the translated post names both and x-default");
    }

    @Test
    void theSwitcherOfAOneLanguagePostLeadsToTheOtherLanguagesNewsAndNoLinkIsBroken() {
        Document zh = TestSites.html(out, "zh-tw/news/night-market.html");
        Element english = zh.selectFirst("nav.languages a[hreflang=en]");
        assertEquals("news/index.html", target("zh-tw/news/night-market.html", english.attr("href")), "an English page");
        assertEquals("English", english.text());
        assertTrue(zh.select("head link[hreflang]").isEmpty(), "no other language to offer search engines");
        assertEquals(BASE + "zh-tw/news/night-market.html", zh.selectFirst("link[rel=canonical]").attr("href"));
        String ld = zh.selectFirst("script[type=application/ld+json]").data().replace(" ", "");
        assertTrue(ld.contains("\"inLanguage\":\"" + ZH + "\"")
                && ld.contains("\"url\":\"" + BASE + "zh-tw/news/night-market.html\""), ld);
        Element chinese = TestSites.html(out, "news/speaker-dinner.html").selectFirst("nav.languages a[hreflang=" + ZH + "]");
        assertEquals("zh-tw/news/index.html", target("news/speaker-dinner.html", chinese.attr("href")));

        // Its links are written as in English pages and lead to the Chinese pages, or to the one English post.
        List<String> links = zh.select(".prose a").eachAttr("href").stream()
                .map(h -> target("zh-tw/news/night-market.html", h)).toList();
        assertEquals(List.of("zh-tw/programme.html", "news/speaker-dinner.html"), links);
        // A page links to it at its address; the Chinese copy of that page too.
        for (String page : List.of("about.html", "zh-tw/about.html")) {
            Element a = TestSites.html(out, page).selectFirst(".prose a[href*=night-market]");
            assertEquals("zh-tw/news/night-market.html", target(page, a.attr("href")), page);
        }
        LinkChecker links2 = new LinkChecker(out, "/conf/");
        assertEquals(List.of(), links2.broken());
        assertTrue(links2.count() > 1000, links2.count() + " links");
    }

    @Test
    void eachLanguageHasTheTagPagesOfItsPostsAtAsciiAddressesNewestFirst() throws IOException {
        Document two = TestSites.html(out, "news/tags/two.html");
        assertEquals("News tagged “two”", two.selectFirst("h1").text());
        assertEquals(List.of("Speakers' dinner on the river", "Second news: with a colon", "First news"),
                two.select(".news-list li > a").eachText(), "the English posts with the tag, newest first");
        assertEquals(List.of("夜市導覽", "第一則消息"),
                TestSites.html(out, "zh-tw/news/tags/two.html").select(".news-list li > a").eachText(),
                "the Chinese posts with it: not the English post awaiting its translation");
        // Chinese tags, as written, at addresses in Latin letters; the translation's own tags, not the English post's.
        assertEquals("標籤「夜市」的消息", TestSites.html(out, "zh-tw/news/tags/ye-shi.html").selectFirst("h1").text());
        assertTrue(Files.isRegularFile(out.resolve("zh-tw/news/tags/tai-bei.html")));
        assertEquals(List.of("第一則消息"), TestSites.html(out, "zh-tw/news/tags/yi.html").select(".news-list li > a").eachText());
        assertTrue(Files.isRegularFile(out.resolve("news/tags/one.html")));
        assertFalse(Files.exists(out.resolve("zh-tw/news/tags/one.html")), "the translation does not have the tag");
        assertFalse(Files.exists(out.resolve("zh-tw/news/tags/social.html")), "the English-only post's tags are English only");
        try (Stream<Path> files = Files.walk(out)) {
            List<String> odd = files.map(f -> out.relativize(f).toString()).filter(f -> !f.matches("[\\x21-\\x7e]*")).toList();
            assertEquals(List.of(), odd, "every address is ASCII");
        }

        // On the post, each tag links to its page in the post's language.
        Document market = TestSites.html(out, "zh-tw/news/night-market.html");
        assertEquals(List.of("夜市", "臺北", "two"), market.select(".post-meta a[rel=tag]").eachText());
        assertEquals(List.of("zh-tw/news/tags/ye-shi.html", "zh-tw/news/tags/tai-bei.html", "zh-tw/news/tags/two.html"),
                market.select(".post-meta a[rel=tag]").eachAttr("href").stream()
                        .map(h -> target("zh-tw/news/night-market.html", h)).toList());
        // In lists too, for the page's own posts.
        Element first = TestSites.html(out, "zh-tw/news/index.html").selectFirst(".news-list li:has(a[href$=first.html])");
        assertEquals(List.of("一", "two"), first.select(".post-tags a").eachText());

        // The list of tags, with counts; a hostile tag is text.
        assertEquals(List.of("a&b <i>x</i> 1 post", "legacy 1 post", "one 1 post", "social 1 post", "two 3 posts"),
                TestSites.html(out, "news/tags/index.html").select(".tag-list li").eachText());
        Document hostile = TestSites.html(out, "news/tags/a-b-i-x-i.html");
        assertEquals("News tagged “a&b <i>x</i>”", hostile.selectFirst("h1").text());
        assertTrue(hostile.select("main i").isEmpty(), "no markup from a tag");
        List<String> zhTags = TestSites.html(out, "zh-tw/news/tags/index.html").select(".tag-list li a").eachText();
        assertEquals(List.of("two", "一", "夜市", "臺北"), zhTags.stream().sorted().toList(),
                "no tag of the untranslated post (legacy)");

        // The switcher: the same tag in the other language when it has it, else its list of tags.
        String toZh = TestSites.html(out, "news/tags/two.html").selectFirst("nav.languages a").attr("href");
        assertEquals("zh-tw/news/tags/two.html", target("news/tags/two.html", toZh));
        String fromOne = TestSites.html(out, "news/tags/one.html").selectFirst("nav.languages a").attr("href");
        assertEquals("zh-tw/news/tags/index.html", target("news/tags/one.html", fromOne));
        assertEquals("zh-tw/news/tags/index.html", target("zh-tw/news/index.html",
                TestSites.html(out, "zh-tw/news/index.html").selectFirst("main a[href$=tags/index.html]").attr("href")));
    }

    @Test
    void authorsAreShownOnThePostInItsHeadItsFeedEntryAndItsStructuredData() {
        Document dinner = TestSites.html(out, "news/speaker-dinner.html");
        Element byline = dinner.selectFirst(".byline");
        assertEquals("By Ada Example, O'Hara <b>bold</b>", byline.text());
        assertEquals(List.of("Ada Example", "O'Hara <b>bold</b>"), byline.select(".p-author.h-card").eachText());
        assertTrue(byline.select("b").isEmpty(), "a name is text");
        assertEquals("Ada Example, O'Hara <b>bold</b>", dinner.selectFirst("meta[name=author]").attr("content"));
        String ld = dinner.selectFirst("script[type=application/ld+json]").data();
        assertTrue(ld.contains("\"name\" : \"Ada Example\"") && ld.contains("O'Hara \\u003Cb\\u003Ebold"), ld);
        assertFalse(ld.contains("\"@type\" : \"Organization\",\n    \"name\" : \"Fixture Conf 2030\"\n  },\n  \"author\""), ld);
        Element entry = xml("feed.xml").selectFirst("entry");
        assertEquals(List.of("Ada Example", "O'Hara <b>bold</b>"), entry.select("author > name").eachText());

        assertEquals("作者：林小華", TestSites.html(out, "zh-tw/news/night-market.html").selectFirst(".byline").text());
        assertEquals("林小華", xml("zh-tw/feed.xml").selectFirst("entry author > name").text());
        // A post without author: no byline, and the conference publishes it.
        Document first = TestSites.html(out, "news/first.html");
        assertNull(first.selectFirst(".byline"));
        assertNull(first.selectFirst("meta[name=author]"));
        assertTrue(first.selectFirst("script[type=application/ld+json]").data().replaceAll("\\s", "")
                .contains("\"author\":{\"@type\":\"Organization\",\"name\":\"FixtureConf2030\""));
        assertTrue(xml("feed.xml").select("entry").get(1).select("author").isEmpty());
    }

    @Test
    void aLanguageTheSiteLacksIsALocatedErrorNamingItsLanguagesAndAnyCaseOfOneItHasIsAccepted() {
        Path site = TestSites.newsInTwoLanguages(tmp.resolve("fr"));
        Path dinner = site.resolve("content/news/speaker-dinner.md");
        TestSites.write(dinner, TestSites.text(dinner).replace("lang: en\n", "lang: fr\n"));
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(e.getMessage().contains("content/news/speaker-dinner.md:4:7: 'fr' is not a language of this site"
                + " (this site's languages are en, zh-Hant-TW (zh-tw); write one of them, or remove the line"), e.getMessage());

        // Any case of the language's tag, folder or locale names it.
        TestSites.write(dinner, TestSites.text(dinner).replace("lang: fr\n", "lang: EN-gb\n"));
        Path market = site.resolve("content/news/night-market.md");
        TestSites.write(market, TestSites.text(market).replace("lang: zh-TW\n", "lang: zh-hant-tw\n"));
        TestSites.bake(site, TestSites.NOW);
        assertTrue(Files.isRegularFile(site.resolve("out/zh-tw/news/night-market.html")));
        assertTrue(Files.isRegularFile(site.resolve("out/news/speaker-dinner.html")));

        // A post moved to the other language is at another address: a link to the old one is found.
        TestSites.write(dinner, TestSites.text(dinner).replace("lang: EN-gb\n", "lang: ZH-tw\n"));
        e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(e.getMessage().startsWith("content/news/night-market.md:9:40: link '/news/speaker-dinner.html' leads to"
                + " no page or file of this site"), e.getMessage());
        TestSites.write(market, TestSites.text(market).replace("/news/speaker-dinner.html", "/zh-tw/news/speaker-dinner.html"));
        TestSites.bake(site, TestSites.NOW);
        assertTrue(Files.isRegularFile(site.resolve("out/zh-tw/news/speaker-dinner.html")));
        assertFalse(Files.exists(site.resolve("out/news/speaker-dinner.html")));
    }

    @Test
    void aTranslationOfAOneLanguagePostAndLangOnAPageOrATranslationAreLocatedErrors() {
        Path site = TestSites.newsInTwoLanguages(tmp.resolve("errors"));
        TestSites.write(site.resolve("content/news/speaker-dinner.zh-tw.md"), "---\ntitle: 講者晚宴\n---\n晚宴。\n");
        Path about = site.resolve("content/about.md");
        TestSites.write(about, TestSites.text(about).replace("title: About the fixture\n",
                "title: About the fixture\nlang: en\n"));
        Path first = site.resolve("content/news/first.zh-tw.md");
        TestSites.write(first, TestSites.text(first).replace("title: 第一則消息\n", "title: 第一則消息\nlang: zh-TW\n"));
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        String all = e.problems().toString();
        assertTrue(all.contains("content/about.md:3:7: only a news post can be written in one language"), all);
        assertTrue(all.contains("content/news/first.zh-tw.md:3:7: a translation cannot say its language"), all);
        assertFalse(all.contains("Exception"), all);

        TestSites.write(about, TestSites.text(about).replace("lang: en\n", ""));
        TestSites.write(first, TestSites.text(first).replace("lang: zh-TW\n", ""));
        e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertEquals("content/news/speaker-dinner.zh-tw.md:1:1: this file translates content/news/speaker-dinner.md, which is"
                + " written in one language only (lang: en) (delete this file, or remove the lang: line from"
                + " content/news/speaker-dinner.md to publish the post in every language with this translation)",
                e.problems().get(0).toString());
    }

    @Test
    void tagsWithOneAddressAreOneTagWithAWarningAndATagOfNoLettersStillGetsAnAsciiAddress() {
        Path site = TestSites.newsInTwoLanguages(tmp.resolve("spellings"));
        Path second = site.resolve("content/news/second.md");
        TestSites.write(second, TestSites.text(second).replace("tags: [two]", "tags: [Two, \"🎉\"]"));
        Bakery.Report built = TestSites.bake(site, TestSites.NOW);
        assertTrue(built.warnings().contains("content/news/second.md: the tag 'Two' has the address of 'two'"
                + " (news/tags/two.html) and is shown as it (write the tag one way in every post)"), built.warnings().toString());
        Path out2 = site.resolve("out");
        assertEquals(3, TestSites.html(out2, "news/tags/two.html").select(".news-list li").size(), "one tag, three posts");
        assertEquals("News tagged “🎉”", TestSites.html(out2, "news/tags/tag-1f389.html").selectFirst("h1").text());
    }

    @Test
    void anEmptyAuthorIsALocatedError() {
        Path site = TestSites.newsInTwoLanguages(tmp.resolve("author"));
        Path market = site.resolve("content/news/night-market.md");
        TestSites.write(market, TestSites.text(market).replace("author: 林小華\n", "author: \"\"\n"));
        SiteException e = assertThrows(SiteException.class, () -> TestSites.bake(site, TestSites.NOW));
        assertTrue(e.getMessage().contains("content/news/night-market.md:6:9: 'author' is empty"), e.getMessage());
        assertNotNull(e.problems().get(0).hint());
    }
}

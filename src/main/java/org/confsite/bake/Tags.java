package org.confsite.bake;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbake.model.DocumentModel;

/**
 * The tags of one language's news posts, for its tag pages and for the links to them: each tag as
 * written, its address, and its posts in the order given (newest first). A tag's address is ASCII
 * whatever its script, made as {@link Slugs#transliterated} makes file names ({@code 夜市} is
 * {@code news/tags/ye-shi.html}); tags that give the same address are one tag, shown as most of
 * its posts write it. This class is the one place tag pages' addresses are spelled.
 */
public final class Tags {
    private final String newsFolder;
    /** By address, in the order the tag index lists them. */
    private final Map<String, Tag> bySlug;

    /**
     * One tag of a language.
     *
     * @param slug      the last part of its address
     * @param name      as written on (most of) its posts
     * @param page      its page's path as the main language names it, e.g. {@code news/tags/awards.html}
     * @param posts     its posts, newest first
     * @param spellings every way its posts write it, most used first
     */
    public record Tag(String slug, String name, String page, List<DocumentModel> posts, List<String> spellings) {
        public int getCount() {
            return posts.size();
        }
    }

    /**
     * The page of a tag as one of the language's posts writes it, found from the tag alone: every
     * tag of the language's posts has its page. Given to templates apart from the lists, so that a
     * post showing its tags does not depend on the other posts (a {@code serve} rebuild takes it
     * as it was when only another post changed).
     *
     * @param on whether the site has tag pages
     */
    public record Addresses(String newsFolder, boolean on) {
        /** The tag's page, or null when the site has none. */
        public String page(String name) {
            return on ? Tags.page(newsFolder, slug(name)) : null;
        }
    }

    private Tags(String newsFolder, Map<String, Tag> bySlug) {
        this.newsFolder = newsFolder;
        this.bySlug = bySlug;
    }

    /**
     * Tags' slugs, kept across pages and builds: every list of posts links each post's tags, so
     * the same few tags are asked for thousands of times a build, and ICU's transliteration is
     * slow and taken one thread at a time. Emptied when it grows past what any site's tags need.
     */
    private static final Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SLUGS_KEPT = 10_000;

    /** The last part of a tag's address: lowercase ASCII letters, digits and hyphens, never empty. */
    static String slug(String tag) {
        String known = SLUGS.get(tag);
        if (known != null) {
            return known;
        }
        if (SLUGS.size() >= SLUGS_KEPT) {
            SLUGS.clear();
        }
        String slug = slugOf(tag);
        SLUGS.put(tag, slug);
        return slug;
    }

    private static String slugOf(String tag) {
        String slug = Slugs.transliterated(tag);
        if (slug.isEmpty()) {
            // Nothing ICU writes in Latin letters (an emoji, punctuation): the characters' numbers.
            slug = "tag-" + tag.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining("-"));
        }
        return "index".equals(slug) ? "index-tag" : slug; // index.html is the list of tags
    }

    /** The path of a tag's page, as the main language names it: {@code news/tags/awards.html}. */
    static String page(String newsFolder, String slug) {
        return newsFolder + "/tags/" + slug + ".html";
    }

    /** The path of the list of every tag. */
    static String indexPage(String newsFolder) {
        return newsFolder + "/tags/index.html";
    }

    /**
     * The tags of {@code posts}, listed in the order of {@code locale}'s collation.
     *
     * @param posts  in the order each tag lists them
     * @param tagsOf a post's tags, as written in this language
     */
    static Tags of(List<DocumentModel> posts, Function<DocumentModel, String[]> tagsOf, String newsFolder, Locale locale) {
        Map<String, List<DocumentModel>> postsBySlug = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (DocumentModel post : posts) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (String tag : tagsOf.apply(post)) {
                seen.putIfAbsent(slug(tag), tag);
            }
            seen.forEach((slug, tag) -> {
                postsBySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(post);
                spellings.computeIfAbsent(slug, s -> new TreeMap<>()).merge(tag, 1, Integer::sum);
            });
        }
        List<Tag> tags = new ArrayList<>();
        postsBySlug.forEach((slug, tagged) -> {
            List<String> written = spellings.get(slug).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            tags.add(new Tag(slug, written.get(0), page(newsFolder, slug), List.copyOf(tagged), written));
        });
        Collator collator = Collator.getInstance(locale);
        tags.sort(Comparator.comparing(Tag::name, collator).thenComparing(Tag::slug));
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        tags.forEach(t -> bySlug.put(t.slug(), t));
        return new Tags(newsFolder, bySlug);
    }

    /** Every tag, in the language's alphabetical order. */
    public List<Tag> getAll() {
        return List.copyOf(bySlug.values());
    }

    /** The tag at this address, or null. */
    public Tag get(String slug) {
        return bySlug.get(slug);
    }

    /** The page of a tag as a post writes it, or null when this language has no such tag (to show it without a link). */
    public String page(String name) {
        Tag tag = bySlug.get(slug(name));
        return tag == null ? null : tag.page();
    }

    /** The path of the list of every tag, or null when there are no tags. */
    public String getIndex() {
        return bySlug.isEmpty() ? null : indexPage(newsFolder);
    }

    public boolean isEmpty() {
        return bySlug.isEmpty();
    }
}

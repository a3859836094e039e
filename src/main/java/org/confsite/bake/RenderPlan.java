package org.confsite.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.confsite.config.SiteConfig;
import org.confsite.template.SiteTemplateEngine;
import org.jbake.model.DocumentModel;

/**
 * Which pages of a {@code serve} rebuild can be taken as they are from the site the last build
 * published, instead of being rendered again. A page is taken when nothing it was made from
 * changed: the templates, the data, the assets and {@code site.yaml} (their names, sizes and
 * times), the build's day, its own document (every field, the text included); if its templates used the index of
 * pages, the set of pages; if they used a list made from other pages (news, sitemap, the newest
 * post's date), every page's document but the {@link SiteTemplateEngine#TRACKED_FIELDS} (a post's
 * text), and of those the ones it read ({@link SiteTemplateEngine#lastReadFields()}): a list of
 * posts is not rendered again when only a post's text changed, a feed that shows the text is.
 * Anything else is rendered; a build without a session renders everything.
 */
final class RenderPlan {
    /**
     * What a successful build rendered, for the next one to compare with.
     *
     * @param listed  every page's fields but the tracked ones
     * @param tracked per tracked field, that field of every page
     */
    record Record(String inputs, String uris, String allPages, String listed, Map<String, String> tracked,
            Map<String, Page> pages) {
    }

    /**
     * @param fields   the tracked fields of listed pages it read, or {@link SiteTemplateEngine#ALL_FIELDS}
     * @param rendered the build that last rendered it (later ones took it as it was)
     */
    record Page(String fingerprint, boolean readPageIndex, boolean readPageLists, Set<String> fields, long rendered) {
    }

    private final Record previous;
    private final Path published;
    private final String inputs;
    private final String uris;
    private final String allPages;
    private final String listed;
    private final Map<String, String> tracked;
    private final Map<String, String> fingerprints;
    private final Map<String, Page> done = new ConcurrentHashMap<>();
    private final long build;
    private final long stageHolds;

    private RenderPlan(Record previous, Path published, String inputs, Map<String, Fingerprint> pages, long build,
            long stageHolds) {
        this.previous = previous;
        this.build = build;
        this.stageHolds = stageHolds;
        this.published = published;
        this.inputs = inputs;
        this.uris = sha1(String.join("\n", pages.keySet()));
        this.fingerprints = new TreeMap<>();
        StringBuilder rest = new StringBuilder();
        Map<String, StringBuilder> fields = new TreeMap<>();
        pages.forEach((uri, f) -> {
            fingerprints.put(uri, f.whole());
            rest.append(uri).append('=').append(f.rest()).append('\n');
            f.tracked().forEach((field, hash) -> fields.computeIfAbsent(field, k -> new StringBuilder())
                    .append(uri).append('=').append(hash).append('\n'));
        });
        this.allPages = sha1(fingerprints.toString());
        this.listed = sha1(rest.toString());
        Map<String, String> hashes = new TreeMap<>();
        for (String field : SiteTemplateEngine.TRACKED_FIELDS) {
            hashes.put(field, sha1(fields.getOrDefault(field, new StringBuilder()).toString()));
        }
        this.tracked = Map.copyOf(hashes);
    }

    /**
     * @param day the build's day in the conference's time zone: pages may say what is past or
     *            open on it (important dates, registration), so a new day renders every page
     * @param build      this build's number in the session
     * @param stageHolds the build whose site the folder being written over holds whole, or 0
     */
    static RenderPlan of(RebuildCache session, SiteConfig site, List<DocumentModel> pages, java.time.LocalDate day,
            long build, long stageHolds) {
        // The hash of a text the last build hashed is taken from it: only an edited page's text is hashed again.
        TextMemo.Round hashes = session.textHashes().round();
        Map<String, Fingerprint> fingerprints = new TreeMap<>(pages.parallelStream().collect(java.util.stream.Collectors.toMap(
                doc -> (String) doc.get("uri"), doc -> Fingerprint.of(doc, hashes), (first, last) -> last)));
        hashes.keep();
        return new RenderPlan(session.lastBuild(), site.output(), sha1(inputs(site) + "\n" + day), fingerprints, build,
                stageHolds);
    }

    /**
     * Whether the page is unchanged and the folder being written over already holds it as the
     * last build published it: it held the site of a build since which the page has not been
     * rendered. The file is then kept as it is, neither read nor written.
     */
    boolean inStage(String uri) {
        Page before = same(uri);
        if (before == null || before.rendered() > stageHolds) {
            return false;
        }
        done.put(uri, before);
        return true;
    }

    /** The page as the last build published it, when nothing it was made from has changed; else null. */
    byte[] unchanged(String uri, Path relativeFile) {
        Page before = same(uri);
        if (before == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(published.resolve(relativeFile));
            done.put(uri, before);
            return bytes;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the last build recorded of the page, when nothing it was made from has changed; else null. */
    private Page same(String uri) {
        if (previous == null || !previous.inputs().equals(inputs)) {
            return null;
        }
        Page before = previous.pages().get(uri);
        if (before == null || !before.fingerprint().equals(fingerprints.get(uri))
                || (before.readPageIndex() && !previous.uris().equals(uris))
                || (before.readPageLists() && !sameLists(before.fields()))) {
            return null;
        }
        return before;
    }

    /** Whether what a page read of the lists is as it was: other pages' fields, and the tracked ones it read. */
    private boolean sameLists(Set<String> fields) {
        if (fields.contains(SiteTemplateEngine.ALL_FIELDS)) {
            return previous.allPages().equals(allPages);
        }
        return previous.listed().equals(listed)
                && fields.stream().allMatch(f -> tracked.get(f) != null && tracked.get(f).equals(previous.tracked().get(f)));
    }

    void rendered(String uri, boolean readPageIndex, boolean readPageLists, Set<String> fields) {
        done.put(uri, new Page(fingerprints.get(uri), readPageIndex, readPageLists, Set.copyOf(fields), build));
    }

    /** The number of pages taken as they were. */
    int unchangedCount() {
        return previous == null ? 0 : (int) done.entrySet().stream()
                .filter(e -> e.getValue() == previous.pages().get(e.getKey())).count();
    }

    Record record() {
        return new Record(inputs, uris, allPages, listed, tracked, Map.copyOf(done));
    }

    /** Names, sizes and change times of every file the templates may read besides the pages. */
    private static String inputs(SiteConfig site) {
        StringBuilder all = new StringBuilder(site.output().toAbsolutePath().toString()).append('\n');
        List<Path> files = new ArrayList<>(List.of(site.root().resolve(SiteConfig.FILE_NAME)));
        for (Path folder : List.of(site.templates(), site.data(), site.assets())) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        for (Path f : files) {
            try {
                all.append(f).append(' ').append(Files.size(f)).append(' ')
                        .append(Files.getLastModifiedTime(f).toInstant()).append('\n');
            } catch (IOException e) {
                all.append(f).append(" unreadable\n");
            }
        }
        return sha1(all.toString());
    }

    /**
     * A document's fields in a stable spelling, hashed: the whole, the fields but the tracked ones,
     * and each tracked one.
     */
    record Fingerprint(String whole, String rest, Map<String, String> tracked) {
        /** @param hash the SHA-1 of a text */
        static Fingerprint of(DocumentModel doc, java.util.function.UnaryOperator<String> hash) {
            StringBuilder text = new StringBuilder();
            Map<String, String> tracked = new TreeMap<>();
            new TreeMap<>(doc).forEach((k, v) -> {
                if (SiteTemplateEngine.TRACKED_FIELDS.contains(k)) {
                    tracked.put(k, hash.apply(spell(v)));
                } else {
                    text.append(k).append('=').append(spell(v)).append('\u0000');
                }
            });
            String rest = sha1(text.toString());
            return new Fingerprint(sha1(rest + tracked), rest, tracked);
        }
    }

    private static String spell(Object v) {
        if (v instanceof Date d) {
            return "date:" + d.getTime();
        }
        if (v instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (v == null || v instanceof CharSequence || v instanceof Number || v instanceof Boolean
                || v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return String.valueOf(v);
        }
        // A value of unknown kind may print its identity: such a page is always rendered again.
        return v.getClass().getName() + "@" + System.identityHashCode(v);
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.confsite.bake;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.io.FilenameUtils;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.util.HtmlUtil;

/**
 * JBake's crawler, with the same walk, URIs, hashes and document attributes, but the files'
 * hashes computed on every core: the stock crawler reads and hashes each file one after another
 * and spells the hash out with one {@code String.format} per byte, one core working while the
 * others wait. Parsing is still asked of
 * JBake's {@link Parser} in the stock order (the Markdown engine has read the files ahead, on
 * every core). {@code ContentCrawlerTest} compares its documents with the stock crawler's.
 */
final class ContentCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final Parser parser;
    private final org.confsite.markdown.ContentCache cache;
    private final Session session;
    private final List<java.nio.file.Path> listing;

    /**
     * What a {@code serve} session's crawls keep: the files JBake's walk found for a listing of
     * the content folder, and each file's address and path to the root, worked out once.
     */
    static final class Session {
        private String settings;
        private List<java.nio.file.Path> listing;
        private List<File> walked;
        private final java.util.Map<String, String[]> places = new java.util.concurrent.ConcurrentHashMap<>();
    }

    ContentCrawler(ContentStore db, JBakeConfiguration config) {
        this(db, config, null, null);
    }

    /**
     * @param rebuilds what a {@code serve} session's earlier builds kept (files' hashes, the last
     *                 walk, the files' addresses), or null
     * @param listing  every file of the content folder ({@link org.confsite.config.SiteFiles}): when it
     *                 is as at the session's last crawl, the walk's result is taken from it
     */
    ContentCrawler(ContentStore db, JBakeConfiguration config, RebuildCache rebuilds, List<java.nio.file.Path> listing) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.parser = new Parser(config);
        this.cache = rebuilds == null ? null : rebuilds.content();
        this.session = rebuilds == null ? null : rebuilds.crawls();
        this.listing = listing;
        if (session != null) {
            // Addresses depend on these settings of site.yaml: another value, another session.
            String settings = config.getContentFolder() + "\n" + config.getOutputExtension() + "\n"
                    + config.getUriWithoutExtension() + "\n" + config.getPrefixForUriWithoutExtension();
            synchronized (session) {
                if (!settings.equals(session.settings)) {
                    session.settings = settings;
                    session.listing = null;
                    session.places.clear();
                }
            }
        }
    }

    @Override
    public void crawl() {
        List<File> files = walked();
        String[] hashes = new String[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> hashes[i] = cache == null ? sha1(files.get(i))
                : cache.sha1(files.get(i).toPath(), () -> sha1(files.get(i))));
        for (int i = 0; i < files.size(); i++) {
            crawlFile(files.get(i), hashes[i]);
        }
    }

    /** The files JBake's crawler visits: walked, or as the session's last walk of the same listing found them. */
    private List<File> walked() {
        if (session != null && listing != null) {
            synchronized (session) {
                if (listing.equals(session.listing)) {
                    return session.walked;
                }
            }
        }
        List<File> files = new ArrayList<>();
        walk(config.getContentFolder(), files);
        if (session != null && listing != null) {
            synchronized (session) {
                session.listing = List.copyOf(listing);
                session.walked = List.copyOf(files);
            }
        }
        return files;
    }

    /** The files JBake's crawler visits, in its order: each folder's entries sorted, folders entered where they sort. */
    private void walk(File folder, List<File> files) {
        File[] entries = folder.listFiles(FileUtil.getFileFilter(config));
        if (entries == null) {
            return;
        }
        Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isFile()) {
                files.add(entry);
            } else if (entry.isDirectory()) {
                walk(entry, files);
            }
        }
    }

    private static String sha1(File file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file.toPath())));
        } catch (IOException e) {
            // As the stock crawler: a file that cannot be read has an empty hash, and its parser reports it.
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void crawlFile(File file, String sha1) {
        String[] place = session == null ? place(file)
                : session.places.computeIfAbsent(file.getPath(), f -> place(file));
        String uri = place[0];
        DocumentList<DocumentModel> known = db.getDocumentStatus(uri);
        if (!known.isEmpty()) {
            DocumentModel old = known.get(0);
            if (old.getSha1().equals(sha1) && old.getRendered()) {
                return; // identical to what the store holds
            }
            db.deleteContent(uri);
        }
        DocumentModel document = parser.processFile(file);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            return; // the Markdown engine has recorded why
        }
        document.setRootPath(place[1]);
        document.setSha1(sha1);
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus()) && document.getDate() != null
                && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
        db.addDocument(document);
    }

    /** A file's URI and its path to the content root, as JBake gives them. */
    private String[] place(File file) {
        return new String[] {uriOf(file), FileUtil.getUriPathToContentRoot(config, file)};
    }

    /** The URI JBake gives a content file: its path, the base name URL-encoded, the output extension. */
    private String uriOf(File file) {
        String path = FileUtil.asPath(file).replace(FileUtil.asPath(config.getContentFolder()), "");
        String prefix = config.getPrefixForUriWithoutExtension();
        boolean noExtension = config.getUriWithoutExtension() && prefix != null && !prefix.isEmpty()
                && path.startsWith(prefix);
        String uri = FileUtil.URI_SEPARATOR_CHAR + FilenameUtils.getPath(path)
                + URLEncoder.encode(FilenameUtils.getBaseName(path), StandardCharsets.UTF_8)
                + (noExtension ? FileUtil.URI_SEPARATOR_CHAR + "index" : "") + config.getOutputExtension();
        return uri.startsWith(FileUtil.URI_SEPARATOR_CHAR) ? uri.substring(1) : uri;
    }
}

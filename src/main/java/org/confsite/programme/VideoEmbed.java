package org.confsite.programme;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recording on YouTube or Vimeo that a session page can show in a frame, once the visitor asks:
 * the video's id read strictly from the address the editor wrote, and the host's
 * privacy-enhanced player it is shown in (youtube-nocookie.com; player.vimeo.com with dnt=1).
 * Addresses read: {@code youtube.com/watch?v=ID}, {@code /live/ID}, {@code /shorts/ID},
 * {@code /embed/ID}, {@code youtu.be/ID} (with a start time {@code t=} or {@code start=} in
 * seconds or as 1h2m3s), {@code vimeo.com/ID}, {@code vimeo.com/ID/HASH} (an unlisted video),
 * {@code player.vimeo.com/video/ID?h=HASH}. Anything else, or anything with a user, a port or a
 * character out of place, is no embed: an id is letters, digits, '-' and '_' only, so it can
 * never end an attribute or lead a frame elsewhere.
 *
 * @param provider    {@code youtube} or {@code vimeo}: how the page and its script name the host
 * @param hostName    the host as visitors know it, e.g. "YouTube"
 * @param id          the video's id: 11 of [A-Za-z0-9_-] on YouTube, 1 to 12 digits on Vimeo
 * @param hash        an unlisted Vimeo video's key (hex), or ""
 * @param start       where to start, in seconds (0 from the beginning)
 * @param frameOrigin the origin the player's frame is loaded from, which the page's CSP allows
 */
public record VideoEmbed(String provider, String hostName, String id, String hash, int start, String frameOrigin) {
    private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> YOUTU_BE = Set.of("youtu.be");
    private static final Set<String> VIMEO = Set.of("vimeo.com", "www.vimeo.com");
    private static final Set<String> VIMEO_PLAYER = Set.of("player.vimeo.com");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:live|shorts|embed)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern YOUTU_BE_PATH = Pattern.compile("/([A-Za-z0-9_-]{11})/?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/([0-9]{1,12})(?:/([0-9a-f]{6,20}))?/?");
    private static final Pattern VIMEO_PLAYER_PATH = Pattern.compile("/video/([0-9]{1,12})/?");
    private static final Pattern VIMEO_HASH = Pattern.compile("[0-9a-f]{6,20}");
    private static final Pattern SECONDS = Pattern.compile("([0-9]{1,6})s?");
    private static final Pattern CLOCK = Pattern.compile("(?:([0-9]{1,2})h)?(?:([0-9]{1,3})m)?(?:([0-9]{1,5})s)?");
    /** The host part of an address, read leniently, to tell a video host's address that names no video. */
    private static final Pattern HOST = Pattern.compile("(?i)https?://([^/?#@:\\s]+)(?:[/?#:].*)?");

    public static final String YOUTUBE_FRAME = "https://www.youtube-nocookie.com";
    public static final String VIMEO_FRAME = "https://player.vimeo.com";

    /** The player's address, which {@code assets/js/video.js} builds the same way from the page's data. */
    public String embedUrl() {
        if ("youtube".equals(provider)) {
            return YOUTUBE_FRAME + "/embed/" + id + "?autoplay=1" + (start > 0 ? "&start=" + start : "");
        }
        return VIMEO_FRAME + "/video/" + id + "?dnt=1&autoplay=1" + (hash.isEmpty() ? "" : "&h=" + hash);
    }

    /**
     * The name of the video host an address is on ("YouTube", "Vimeo"), read leniently, or null:
     * an address on such a host that {@link #of} cannot read is a mistake worth reporting.
     */
    public static String hostOf(String url) {
        Matcher m = HOST.matcher(url.strip());
        if (!m.matches()) {
            return null;
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        if (YOUTUBE.contains(host) || YOUTU_BE.contains(host)) {
            return "YouTube";
        }
        return VIMEO.contains(host) || VIMEO_PLAYER.contains(host) ? "Vimeo" : null;
    }

    /** The video an address names, if it is one of the forms above exactly. */
    public static Optional<VideoEmbed> of(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getRawUserInfo() != null
                || uri.getPort() != -1 || uri.getHost() == null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        if (query == null) {
            return Optional.empty();
        }
        if (YOUTUBE.contains(host) || YOUTU_BE.contains(host)) {
            return youtube(host, path, query);
        }
        if (VIMEO.contains(host) || VIMEO_PLAYER.contains(host)) {
            return vimeo(host, path, query);
        }
        return Optional.empty();
    }

    private static Optional<VideoEmbed> youtube(String host, String path, Map<String, String> query) {
        String id = null;
        if (YOUTU_BE.contains(host)) {
            Matcher m = YOUTU_BE_PATH.matcher(path);
            id = m.matches() ? m.group(1) : null;
        } else if ("/watch".equals(path) || "/watch/".equals(path)) {
            id = query.get("v");
        } else {
            Matcher m = YOUTUBE_PATH.matcher(path);
            id = m.matches() ? m.group(1) : null;
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String time = query.containsKey("t") ? query.get("t") : query.getOrDefault("start", "");
        Integer start = seconds(time);
        return start == null ? Optional.empty()
                : Optional.of(new VideoEmbed("youtube", "YouTube", id, "", start, YOUTUBE_FRAME));
    }

    private static Optional<VideoEmbed> vimeo(String host, String path, Map<String, String> query) {
        Matcher m = (VIMEO.contains(host) ? VIMEO_PATH : VIMEO_PLAYER_PATH).matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String hash = VIMEO.contains(host) && m.group(2) != null ? m.group(2) : query.getOrDefault("h", "");
        if (!hash.isEmpty() && !VIMEO_HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        return Optional.of(new VideoEmbed("vimeo", "Vimeo", m.group(1), hash, 0, VIMEO_FRAME));
    }

    /** The query's parameters; null when one is written twice (which one a host reads is not known). */
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (out.put(key, eq < 0 ? "" : pair.substring(eq + 1)) != null) {
                return null;
            }
        }
        return out;
    }

    /** A start time: "" (0), seconds ("90" or "90s") or "1h2m3s"; null when it is none of these. */
    private static Integer seconds(String time) {
        if (time.isEmpty()) {
            return 0;
        }
        Matcher s = SECONDS.matcher(time);
        if (s.matches()) {
            return Integer.parseInt(s.group(1));
        }
        Matcher c = CLOCK.matcher(time);
        if (!c.matches()) {
            return null;
        }
        return part(c.group(1)) * 3600 + part(c.group(2)) * 60 + part(c.group(3));
    }

    private static int part(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}

package org.confsite.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The addresses of YouTube and Vimeo a recording's player is made from, and the many that make none. */
class VideoEmbedTest {
    /** What a player's address may hold: the player's origin, a path and a query of letters, digits, '-', '_', '=' and '&'. */
    private static final Pattern SAFE_PLAYER = Pattern.compile(
            "(https://www\\.youtube-nocookie\\.com/embed/|https://player\\.vimeo\\.com/video/)[A-Za-z0-9_-]+\\?[A-Za-z0-9_=&]+");

    @Test
    void everyFormOfAVideosAddressGivesItsPrivacyEnhancedPlayer() {
        Map<String, String> players = new LinkedHashMap<>();
        String player = "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1";
        players.put("https://www.youtube.com/watch?v=abcdefghijk", player);
        players.put("https://youtube.com/watch?v=A_b-C_d-E_f&feature=share&t=90",
                "https://www.youtube-nocookie.com/embed/A_b-C_d-E_f?autoplay=1&start=90");
        players.put("http://m.youtube.com/watch/?si=x&v=abcdefghijk", player);
        players.put("https://www.youtube.com/live/abcdefghijk?t=1h2m3s",
                "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&start=3723");
        players.put("https://www.youtube.com/shorts/abcdefghijk/", player);
        players.put("https://www.youtube-nocookie.com/embed/abcdefghijk?start=30s",
                "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&start=30");
        players.put("HTTPS://YOUTU.BE/abcdefghijk?t=4m", player + "&start=240");
        players.put("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1");
        players.put("https://www.vimeo.com/76979871/0a1b2c3d4e",
                "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=0a1b2c3d4e");
        players.put("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&badge=0",
                "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=0a1b2c3d4e");
        players.forEach((url, expected) -> {
            VideoEmbed v = VideoEmbed.of(url).orElseThrow(() -> new AssertionError(url));
            assertEquals(expected, v.embedUrl(), url);
            assertTrue(SAFE_PLAYER.matcher(v.embedUrl()).matches(), v.embedUrl());
        });
        assertEquals("YouTube", VideoEmbed.of("https://youtu.be/abcdefghijk").orElseThrow().hostName());
        assertEquals("https://player.vimeo.com", VideoEmbed.of("https://vimeo.com/1").orElseThrow().frameOrigin());
    }

    @Test
    void anAddressThatIsNotExactlyOneOfThoseFormsGivesNoPlayer() {
        List<String> none = List.of(
                // another host, whatever its name holds
                "https://www.youtube.com.evil.example/watch?v=abcdefghijk",
                "https://evilyoutube.com/watch?v=abcdefghijk",
                "https://evil.example/watch?v=abcdefghijk#https://youtu.be/abcdefghijk",
                "https://someone@www.youtube.com/watch?v=abcdefghijk",
                "https://www.youtube.com:444/watch?v=abcdefghijk",
                "javascript://www.youtube.com/watch?v=abcdefghijk",
                "//www.youtube.com/watch?v=abcdefghijk",
                // ids that are not ids
                "https://www.youtube.com/watch?v=abcdefghij",
                "https://www.youtube.com/watch?v=abcdefghijkl",
                "https://www.youtube.com/watch?v=abcdefghij%22",
                "https://www.youtube.com/watch?v=abcdefghij\"onload=\"alert(1)",
                "https://www.youtube.com/watch?v=abc<script>x",
                "https://www.youtube.com/watch?v=abcdefghijk&v=zyxwvutsrqp",
                "https://www.youtube.com/watch?v=abcdefghijk&t=soon",
                "https://www.youtube.com/embed/abcdefghijk/../../evil",
                "https://www.youtube.com/live/abcdefghijk/more",
                "https://youtu.be/abcdefghijk/extra",
                "https://youtu.be/",
                "https://www.youtube.com/@someone",
                "https://www.youtube.com/playlist?list=PL123",
                "https://vimeo.com/channels/staffpicks",
                "https://vimeo.com/76979871/NOTHEX",
                "https://vimeo.com/1234567890123",
                "https://player.vimeo.com/video/76979871?h=zz",
                "https://player.vimeo.com/76979871",
                "https://www.youtube.com/watch?v=abcdefghijk\n",
                "files/talk.mp4",
                "");
        none.forEach(url -> assertEquals(java.util.Optional.empty(), VideoEmbed.of(url), url));
    }

    @Test
    void theHostOfAnAddressIsReadLenientlyToTellAMistakeFromAnotherSite() {
        assertEquals("YouTube", VideoEmbed.hostOf("https://www.youtube.com/@someone"));
        assertEquals("YouTube", VideoEmbed.hostOf("https://www.YouTube.com:8443/watch?v=x\"y"));
        assertEquals("Vimeo", VideoEmbed.hostOf("http://vimeo.com"));
        assertEquals(null, VideoEmbed.hostOf("https://www.youtube.com.evil.example/watch"));
        assertEquals(null, VideoEmbed.hostOf("https://someone@www.youtube.com/watch?v=abcdefghijk"));
        assertEquals(null, VideoEmbed.hostOf("https://media.example.org/talk.mp4"));
    }
}

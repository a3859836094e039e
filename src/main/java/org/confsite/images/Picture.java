package org.confsite.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A raster picture the site publishes, and the smaller copies made of it: one per width of
 * {@link #WIDTHS} below the picture's own. The copies of a picture without transparency are JPEG
 * (a photo saved as PNG is many times larger than it needs to be); the others keep PNG.
 *
 * @param path   its site path, e.g. {@code news/photo.png}
 * @param width  its width in pixels
 * @param height its height in pixels
 * @param alpha  whether it has transparency
 */
public record Picture(String path, int width, int height, boolean alpha) {
    /** The widths copies are made in, in pixels: a phone, a tablet or laptop, a wide screen. */
    public static final int[] WIDTHS = {480, 960, 1600};

    /** The widths of this picture's copies, smallest first; none when it is no wider than the smallest. */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        return widths;
    }

    /** The site path of the copy {@code w} pixels wide: {@code news/photo-960w.jpg}. */
    public String copy(int w) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "-" + w + "w." + (alpha ? "png" : "jpg");
    }

    /** The copy a browser without srcset loads: the middle width, or the picture itself. */
    public String fallback() {
        List<Integer> widths = widths();
        return widths.isEmpty() ? path : copy(widths.get(Math.min(1, widths.size() - 1)));
    }

    /** Whether a file name is of a picture that is resized: JPEG and PNG. */
    public static boolean resizable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }
}

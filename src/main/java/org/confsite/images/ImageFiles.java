package org.confsite.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads a picture's size without decoding it, and makes its smaller copies, keeping each in a
 * cache folder by the picture's content hash so that a later build copies it instead of encoding
 * it again. JDK ImageIO only: JPEG at quality 0.82, PNG for pictures with transparency.
 */
public final class ImageFiles {
    static final float JPEG_QUALITY = 0.82f;

    private ImageFiles() {
    }

    /** The picture's size and whether it has transparency, from its header; null when it is not a readable JPEG or PNG. */
    public static Picture read(Path file, String sitePath) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                boolean alpha = reader.getImageTypes(0).hasNext() && reader.getImageTypes(0).next().getColorModel().hasAlpha();
                return new Picture(sitePath, width, height, alpha);
            } finally {
                reader.dispose();
            }
        } catch (javax.imageio.IIOException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Writes the picture's copies into {@code out} (by their site paths), from {@code cache} when
     * an earlier build made them.
     *
     * @return how many copies were encoded now (0 when all came from the cache)
     */
    public static int writeCopies(Picture picture, Path file, Path out, Path cache, Hashes hashes) throws IOException {
        if (picture.widths().isEmpty()) {
            return 0;
        }
        String hash = hashes.of(file);
        BufferedImage image = null;
        int made = 0;
        // Largest first: each copy is made from the one before, which is both faster and sharper.
        java.util.List<Integer> widths = new java.util.ArrayList<>(picture.widths());
        java.util.Collections.reverse(widths);
        for (int w : widths) {
            String ext = picture.alpha() ? "png" : "jpg";
            Path cached = cache.resolve(hash + "-" + w + "." + ext);
            if (!Files.isRegularFile(cached)) {
                if (image == null) {
                    image = ImageIO.read(file.toFile());
                    if (image == null) {
                        throw new IOException("not a readable picture");
                    }
                }
                int height = Math.max(1, Math.round((float) picture.height() * w / picture.width()));
                image = scaled(image, w, height, picture.alpha());
                Files.createDirectories(cache);
                Path temp = Files.createTempFile(cache, hash, ".part");
                encode(image, ext, temp);
                readable(temp);
                Files.move(temp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                made++;
            } else {
                image = null; // the next copy is made from the original, if it must be made
            }
            Path target = out.resolve(picture.copy(w));
            Files.createDirectories(target.getParent());
            Files.copy(cached, target, StandardCopyOption.REPLACE_EXISTING);
            readable(target);
        }
        return made;
    }

    /** Readable by everyone, as the pictures it copies are: a web server may run as another user. */
    private static void readable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Halves the picture until it is less than twice the width wanted, then scales the rest of the way. */
    static BufferedImage scaled(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = w == width ? height : Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (w > width);
        return current;
    }

    private static void encode(BufferedImage image, String ext, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(ext.equals("jpg") ? "jpeg" : "png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (ext.equals("jpg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The content hashes of pictures, remembered in the cache folder by path, size and change
     * time, so that a rebuild does not read every picture again to hash it.
     */
    public static final class Hashes {
        private final Path index;
        private final java.util.Map<String, String> known = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<String, String> used = new java.util.concurrent.ConcurrentSkipListMap<>();

        public Hashes(Path cache) throws IOException {
            this.index = cache.resolve("hashes.txt");
            if (Files.isRegularFile(index)) {
                for (String line : Files.readAllLines(index)) {
                    int tab = line.lastIndexOf('\t');
                    if (tab > 0) {
                        known.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
        }

        String of(Path file) throws IOException {
            String key = file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|"
                    + Files.getLastModifiedTime(file).toMillis();
            String hash = known.get(key);
            if (hash == null) {
                hash = hash(file);
            }
            used.put(key, hash);
            return hash;
        }

        /** Keeps the hashes of this build's pictures for the next. */
        public void save() throws IOException {
            Files.createDirectories(index.getParent());
            StringBuilder text = new StringBuilder();
            used.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
            Path temp = Files.createTempFile(index.getParent(), "hashes", ".part");
            Files.writeString(temp, text);
            Files.move(temp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The SHA-256 of the file's bytes, as hex. */
    static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

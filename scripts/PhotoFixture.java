import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes N photo-like JPEGs of 3000 x 2000 pixels (gradients, shapes and grain, about 2-3 MB
 * each, as a camera's are), for the benchmark: java scripts/PhotoFixture.java DIR N
 */
public class PhotoFixture {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int n = Integer.parseInt(args[1]);
        Random random = new Random(7);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        for (int k = 0; k < n; k++) {
            BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), 3000, 2000, new Color(220, 170, 60)));
            g.fillRect(0, 0, 3000, 2000);
            for (int i = 0; i < 4000; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
                g.fillOval(random.nextInt(3000), random.nextInt(2000), 5 + random.nextInt(120), 5 + random.nextInt(120));
            }
            g.dispose();
            int[] row = new int[3000];
            for (int y = 0; y < 2000; y++) {
                image.getRGB(0, y, 3000, 1, row, 0, 3000);
                for (int x = 0; x < 3000; x++) {
                    int d = random.nextInt(41) - 20;
                    int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 255) + d));
                    int gr = Math.max(0, Math.min(255, ((row[x] >> 8) & 255) + d));
                    int b = Math.max(0, Math.min(255, (row[x] & 255) + d));
                    row[x] = (r << 16) | (gr << 8) | b;
                }
                image.setRGB(0, y, 3000, 1, row, 0, 3000);
            }
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.86f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(dir, "photo-" + k + ".jpg"))) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
        }
        writer.dispose();
    }
}

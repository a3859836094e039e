package org.confsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code --version}: this tool's version (from its jar, set by pom.xml), JBake's and Java's. */
final class Version {
    private Version() {
    }

    static String text() {
        String own = Main.class.getPackage().getImplementationVersion();
        return "confsite " + (own != null ? own : "(not run from its jar)") + ", JBake " + jbake() + ", Java "
                + System.getProperty("java.version");
    }

    private static String jbake() {
        try (InputStream in = org.jbake.app.Oven.class.getClassLoader().getResourceAsStream("default.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?").replaceFirst("^v", "");
        } catch (IOException e) {
            return "?";
        }
    }
}

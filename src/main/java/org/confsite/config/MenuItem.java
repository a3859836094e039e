package org.confsite.config;

/** An entry of the main menu: a message key for its label and a site path such as {@code programme.html}. */
public record MenuItem(String label, String path) {
}

package org.confsite.sitedata;

/**
 * The pages made from the site's other data, each only when its file has something: the one
 * place their addresses are spelled. The type names the template ({@code committees.ftlh}) and
 * the page's title in the interface text ({@code info.committees}).
 */
public enum InfoPage {
    COMMITTEES("committees.html"),
    SPONSORS("sponsors.html"),
    REGISTRATION("registration.html"),
    EDITIONS("editions.html"),
    CONTACT("contact.html"),
    DATES("dates.html"),
    GALLERY("gallery.html");

    /** The important dates as iCalendar, in each language's folder: {@code dates.ics}, {@code zh-tw/dates.ics}. */
    public static final String DATES_CALENDAR = "dates.ics";

    private final String uri;

    InfoPage(String uri) {
        this.uri = uri;
    }

    /** The page's address in the main language, e.g. {@code committees.html}. */
    public String getUri() {
        return uri;
    }

    /** The document type, and the name of its template and its title's message key. */
    public String getType() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The message key of the page's title, e.g. {@code info.committees}. */
    public String getTitleKey() {
        return "info." + getType();
    }
}

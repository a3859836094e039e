package org.confsite.sitedata;

import java.util.List;

/**
 * The photo gallery, from {@code data/gallery.yaml}: the photos of one folder of the assets
 * folder, in the order the file lists them.
 *
 * @param folder the folder, relative to the assets folder, e.g. {@code img/gallery}
 */
public record Gallery(String folder, List<Photo> photos) {
    public Gallery {
        photos = List.copyOf(photos);
    }

    /**
     * A photo: its path in the assets folder (the folder and the file's name), its caption and its
     * text alternative: the caption ({@code altFromCaption}), unless the file gives an {@code alt}.
     */
    public record Photo(String path, String caption, String alt, boolean altFromCaption, Localized tr) {
        /** The field the text alternative is written in: "alt", or "caption" when it is the caption. */
        public String getAltField() {
            return altFromCaption ? "caption" : "alt";
        }

        Photo in(String language) {
            String translatedCaption = tr.get(language, "caption", caption);
            // A photo described by its caption is described by the translated caption too.
            if (tr.has(language, "alt")) {
                return new Photo(path, translatedCaption, tr.get(language, "alt", alt), false, tr);
            }
            return new Photo(path, translatedCaption, altFromCaption ? translatedCaption : alt, altFromCaption, tr);
        }
    }

    Gallery in(String language) {
        return new Gallery(folder, photos.stream().map(p -> p.in(language)).toList());
    }
}

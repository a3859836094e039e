package org.confsite.bake;

import java.util.Arrays;
import java.util.List;
import org.confsite.sitedata.InfoPage;
import org.confsite.sitedata.SiteData;
import org.jbake.model.DocumentModel;

/**
 * The pages of committees, sponsors, registration, editions and contact, each a JBake document
 * made from no file (one per language, like every page) when its data file has something.
 */
final class InfoDocuments {
    /** Every type these pages may have, each rendered with its own template. */
    static final List<String> TYPES = Arrays.stream(InfoPage.values()).map(InfoPage::getType).toList();

    private InfoDocuments() {
    }

    static List<DocumentModel> create(SiteData info) {
        return info.getPages().stream().map(page -> {
            DocumentModel d = ProgrammeDocuments.base(page.getType(), page.getUri(), page.getType());
            d.setRootPath("");
            return d;
        }).toList();
    }
}

package org.confsite.importer.easychair;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Country names the importer recognises: the English names of ISO 3166 regions (full and short, as
 * ICU and the JDK write them) and common other spellings. Case, accents, spaces and punctuation are
 * ignored. An unknown name is kept as given, with a warning: it may be a typing mistake.
 */
final class Countries {
    private static final List<String> OTHER_SPELLINGS = List.of("USA", "U.S.A.", "US", "UK", "Great Britain", "England",
            "Scotland", "Wales", "Northern Ireland", "Korea", "Republic of Korea", "Korea, Republic of", "Czech Republic",
            "Turkey", "Russian Federation", "Viet Nam", "Macao", "Macau", "Hong Kong", "Holland", "Taiwan, Republic of China",
            "Republic of China", "Ivory Coast", "Swaziland", "Burma", "Cape Verde", "Vatican", "Palestine");
    private static final Set<String> KNOWN = known();

    private Countries() {
    }

    static boolean isKnown(String country) {
        return KNOWN.contains(key(country));
    }

    private static Set<String> known() {
        Set<String> names = new HashSet<>();
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(ULocale.ENGLISH,
                DisplayContext.LENGTH_SHORT);
        for (String code : Locale.getISOCountries()) {
            names.add(key(new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)));
            names.add(key(full.regionDisplayName(code)));
            names.add(key(shortNames.regionDisplayName(code)));
        }
        names.addAll(OTHER_SPELLINGS.stream().map(Countries::key).collect(Collectors.toSet()));
        return Set.copyOf(names);
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}

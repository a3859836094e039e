package org.confsite.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.Test;

/** The shipped bundles: the same keys, patterns that parse, dates written as each language writes them. */
class MessagesTest {
    private static final Path I18N = TestSites.PROJECT.resolve("templates/i18n");

    @Test
    void theShippedBundlesHaveTheSameKeys() {
        Messages.requireSameKeys(I18N.resolve("messages_en.properties"), p -> p.getFileName().toString());
    }

    @Test
    void everyTextAndDatePatternParses() throws Exception {
        for (String name : List.of("messages_en.properties", "messages_zh_TW.properties")) {
            Properties p = new Properties();
            try (var in = java.nio.file.Files.newBufferedReader(I18N.resolve(name))) {
                p.load(in);
            }
            assertTrue(p.size() > 100, name);
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("format.") && !key.contains("Separator") && !key.equals("format.zone")) {
                    DateTimeFormatter.ofPattern(p.getProperty(key));
                } else {
                    new MessageFormat(p.getProperty(key), Locale.ROOT);
                }
            }
        }
    }

    @Test
    void chineseDatesAndCountsReadAsTaiwanWritesThem() {
        Messages zh = Messages.load(I18N.resolve("messages_zh_TW.properties"), "zh", Locale.TAIWAN);
        LocalDate day = LocalDate.of(2024, 6, 13);
        assertEquals("2024年6月13日（四）", DateTimeFormatter.ofPattern(zh.get("format.date", List.of()), Locale.TAIWAN)
                .format(day));
        assertEquals("共 3 場。", zh.get("filter.count", List.of(3)));
        assertEquals("沒有場次。", zh.get("filter.count", List.of(0)));
        assertEquals("跳到主要內容", zh.get("a11y.skip", List.of()));
    }
}

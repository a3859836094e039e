package org.confsite.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on the page the browser shows, in one round trip: the script of the axe-core Selenium
 * package ({@code axe.min.js}) and {@code axe.run} sent together, the page answering with the ids
 * of the rules passed and the nodes of the rules broken. The package's {@code AxeBuilder} runs the
 * same axe-core in more round trips (it injects the script first, and by default finishes each run
 * in a second window), taking about half as long again per page with the same rules passed and
 * broken (docs/benchmark.md, "Test suite").
 * The pages are checked before any frame is loaded (a recording's player comes only on request),
 * so one run on the top document sees all there is. A test that checks many pages first has the
 * browser load axe-core into every page it opens ({@link #onEveryPage}): then only
 * {@code axe.run} is sent, and Chromium compiles the script once instead of once per page.
 */
public final class Axe {
    /** WCAG 2.1 A and AA, and axe's best practices for structure: one main landmark, one h1, headings in order. */
    public static final List<String> WCAG_21_AA_AND_BEST_PRACTICE = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "best-practice");
    private static final String SOURCE = source();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * axe's rules whose result depends on the page's colours: text contrast, and links told from
     * the text around them by colour alone. A page checked with every rule in one colour scheme is
     * checked with these in the other (the site's schemes change colours only, in CSS).
     */
    public static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    // resultTypes: axe describes only the broken rules' nodes (a passed rule keeps one node), which
    // spares it making a selector for every node of every passed rule: about a fifth less time per page.
    private static final String RUN = "\n;(function (runOnly, done) {"
            + "  if (typeof axe === 'undefined') { done(JSON.stringify({missing: true})); return; }"
            + "  axe.run(document, {runOnly: runOnly, resultTypes: ['violations']}).then(function (r) {"
            + "    done(JSON.stringify({passes: r.passes.map(function (p) { return p.id; }),"
            + "      violations: r.violations.map(function (v) {"
            + "        return {id: v.id, help: v.help, targets: v.nodes.map(function (n) { return JSON.stringify(n.target); })};"
            + "      })}));"
            + "  }, function (e) { done(JSON.stringify({error: String(e)})); });"
            + "}(arguments[0], arguments[arguments.length - 1]));";

    /** What axe found: the rules the page passed, and each node of each rule it broke, as "rule at [target] (help)". */
    public record Report(List<String> passes, List<String> violations) {
    }

    private Axe() {
    }

    /**
     * Has the browser run axe-core's script in each page it opens from now until {@code close},
     * before the page's own scripts: {@link #check} then sends only the run.
     */
    public static AutoCloseable onEveryPage(ChromeDriver driver) {
        Object id = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE))
                .get("identifier");
        return () -> driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** Runs the rules of {@code tags} on the page the browser shows. */
    public static Report check(WebDriver driver, List<String> tags) {
        return run(driver, Map.of("type", "tag", "values", tags));
    }

    /** Runs {@link #WCAG_21_AA_AND_BEST_PRACTICE}. */
    public static Report check(WebDriver driver) {
        return check(driver, WCAG_21_AA_AND_BEST_PRACTICE);
    }

    /** Runs {@link #COLOUR_RULES} only. */
    public static Report checkColours(WebDriver driver) {
        return run(driver, Map.of("type", "rule", "values", COLOUR_RULES));
    }

    private static Report run(WebDriver driver, Map<String, Object> runOnly) {
        try {
            JsonNode json = MAPPER.readTree(String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(RUN, runOnly)));
            if (json.has("missing")) {
                json = MAPPER.readTree(String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(SOURCE + RUN, runOnly)));
            }
            if (json.has("error")) {
                throw new AssertionError("axe failed on " + driver.getCurrentUrl() + ": " + json.get("error").asText());
            }
            List<String> passes = new ArrayList<>();
            json.get("passes").forEach(p -> passes.add(p.asText()));
            List<String> violations = new ArrayList<>();
            for (JsonNode rule : json.get("violations")) {
                rule.get("targets").forEach(t -> violations.add(rule.get("id").asText() + " at " + t.asText()
                        + " (" + rule.get("help").asText() + ")"));
            }
            return new Report(List.copyOf(passes), List.copyOf(violations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path: it comes with "
                        + "com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.confsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.confsite.support.SharedSites;
import org.confsite.support.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * schedule.xml and schedule.json are valid against the format's published XSD and JSON Schema
 * (read from {@code ../shared/schemas}, beside the project, or {@code -Dschemas.dir=DIR}): those
 * of the dg.o site with its illustrative programme, and of a site made by init with a pretalx and
 * an EasyChair export imported.
 */
@ExtendWith(SharedSites.class)
class ScheduleSchemaTest {
    static final Path SCHEMAS = Path.of(System.getProperty("schemas.dir",
            TestSites.PROJECT.resolve("../shared/schemas").normalize().toString()));

    static List<Path> outputs = new ArrayList<>();

    @BeforeAll
    static void buildBoth(SharedSites.Sites sites) {
        assertTrue(Files.isRegularFile(SCHEMAS.resolve("frab-schedule.xsd")), "the schedule format's schemas are read from "
                + SCHEMAS + "; give their folder with -Dschemas.dir=DIR");
        outputs.add(sites.illustrative());
        outputs.add(sites.imported());
    }

    @Test
    void scheduleXmlIsValidAgainstTheXsd() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator validator = factory.newSchema(SCHEMAS.resolve("frab-schedule.xsd").toFile()).newValidator();
        for (Path out : outputs) {
            List<String> errors = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(out.resolve("schedule.xml").toFile()));
            assertEquals(List.of(), errors, out + "/schedule.xml");
            assertTrue(Files.readString(out.resolve("schedule.xml")).contains("<event "), "events were checked");
        }
    }

    @Test
    void scheduleJsonIsValidAgainstTheJsonSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
                .getSchema(Files.readString(SCHEMAS.resolve("frab-schedule.schema.json")), InputFormat.JSON);
        for (Path out : outputs) {
            var json = new ObjectMapper().readTree(out.resolve("schedule.json").toFile());
            assertEquals(List.of(), schema.validate(json).stream().map(Object::toString).toList(), out + "/schedule.json");
            assertTrue(json.path("schedule").path("conference").path("days").size() > 0);
        }
    }

    @Test
    void theCheckFailsOnAnInvalidSchedule() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6)
                .getSchema(Files.readString(SCHEMAS.resolve("frab-schedule.schema.json")), InputFormat.JSON);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(outputs.get(0).resolve("schedule.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("schedule")).remove("conference");
        assertTrue(!schema.validate(json).isEmpty(), "a schedule without its conference is refused");
    }
}

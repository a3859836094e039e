package org.confsite.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.confsite.error.Problem;
import org.confsite.error.Problems;

/**
 * Reads a frab-style {@code schedule.xml} (frab, pretalx, this generator). The file is untrusted:
 * a DOCTYPE is refused before anything else is read, so no DTD, external entity or entity
 * expansion is ever processed; its size was bounded by the caller.
 */
final class ScheduleXmlReader {
    private final String file;
    private final Problems problems;

    ScheduleXmlReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** An element: its attributes, its text, its children, and the line it starts on. */
    private record Node(String name, Map<String, String> attributes, StringBuilder text, List<Node> children, int line) {
        Node child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        String value(String childName) {
            Node c = child(childName);
            return c == null ? null : c.text.toString().strip();
        }
    }

    Exported read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        int doctype = doctypeLine(bytes);
        if (doctype > 0) {
            problems.add(Problem.at(file, doctype, 1, "the file declares a DOCTYPE; schedule exports have none, and this"
                    + " importer reads no DTD", "remove the <!DOCTYPE ...> declaration if the file is otherwise a real export"));
            return null;
        }
        Node root;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            root = parse(in);
        }
        if (root == null) {
            return null;
        }
        if (!root.name.equals("schedule")) {
            problems.add(Problem.at(file, root.line, 1, "the root element is <" + root.name + ">, not <schedule>",
                    "import a frab or pretalx schedule.xml"));
            return null;
        }
        Node conference = root.child("conference");
        if (conference == null) {
            problems.add(Problem.at(file, root.line, 1, "there is no <conference>", "import a complete schedule.xml"));
            return null;
        }
        Node generator = root.child("generator");
        List<Exported.Track> tracks = new ArrayList<>();
        Node trackList = conference.child("tracks");
        for (Node t : trackList == null ? conference.all("track") : trackList.all("track")) {
            String name = t.attributes.getOrDefault("name", t.text.toString().strip());
            tracks.add(new Exported.Track(name, t.attributes.get("slug"), t.attributes.get("color"), t.line));
        }
        List<Exported.Room> rooms = new ArrayList<>();
        Node roomList = conference.child("rooms");
        if (roomList != null) {
            for (Node r : roomList.all("room")) {
                rooms.add(new Exported.Room(r.attributes.getOrDefault("name", r.text.toString().strip()),
                        r.attributes.get("slug"), r.attributes.get("guid"), r.line));
            }
        }
        List<Exported.Event> events = new ArrayList<>();
        for (Node day : root.all("day")) {
            for (Node room : day.all("room")) {
                String roomName = room.attributes.get("name");
                if (rooms.stream().noneMatch(r -> r.name().equals(roomName))) {
                    rooms.add(new Exported.Room(roomName, room.attributes.get("slug"), room.attributes.get("guid"), room.line));
                }
                for (Node e : room.all("event")) {
                    events.add(event(e, day.attributes.get("date"), roomName));
                }
            }
        }
        return new Exported(file, generator == null ? null : generator.attributes.get("name"), conference.value("title"),
                conference.value("acronym"), conference.value("start"), conference.value("end"),
                conference.value("time_zone_name"), conference.value("base_url"), rooms, tracks, events);
    }

    private Exported.Event event(Node e, String day, String roomName) {
        List<Exported.Person> persons = new ArrayList<>();
        boolean namesAsText = false;
        Node personList = e.child("persons");
        if (personList != null) {
            for (Node p : personList.all("person")) {
                String key = p.attributes.getOrDefault("code", p.attributes.getOrDefault("id", p.attributes.get("guid")));
                persons.add(new Exported.Person(key, p.text.toString().strip(), null, p.attributes.get("url"), p.line));
            }
            if (personList.children.isEmpty() && !personList.text.toString().isBlank()) {
                namesAsText = true;
                persons.add(new Exported.Person(null, personList.text.toString().strip(), null, null, personList.line));
            }
        }
        String speakers = e.value("speakers");
        if (persons.isEmpty() && speakers != null && !speakers.isEmpty()) {
            namesAsText = true;
            persons.add(new Exported.Person(null, speakers, null, null, e.child("speakers").line));
        }
        List<Exported.Link> links = new ArrayList<>();
        Node linkList = e.child("links");
        if (linkList != null) {
            for (Node l : linkList.all("link")) {
                links.add(new Exported.Link(l.text.toString().strip(), l.attributes.get("href"), l.attributes.get("type")));
            }
        }
        Node attachments = e.child("attachments");
        if (attachments != null) {
            for (Node a : attachments.all("attachment")) {
                links.add(new Exported.Link(a.text.toString().strip(), a.attributes.get("href"), a.attributes.get("type"),
                        true));
            }
        }
        Node recording = e.child("recording");
        Boolean optout = null;
        if (recording != null && recording.value("optout") != null) {
            optout = "true".equalsIgnoreCase(recording.value("optout"));
        }
        return new Exported.Event(e.line, day, e.value("room") == null || e.value("room").isEmpty() ? roomName : e.value("room"),
                e.attributes.get("guid"), e.attributes.get("id"), e.value("slug"), e.value("title"), e.value("subtitle"),
                e.value("type"), e.value("date"), e.value("start"), e.value("duration"), e.value("track"),
                e.value("language"), e.value("abstract"), e.value("description"), optout, persons, links, namesAsText);
    }

    /** The line of a DOCTYPE in the prolog (before the first element), or 0. */
    private static int doctypeLine(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher element = java.util.regex.Pattern.compile("<[A-Za-z_]").matcher(head);
        int end = element.find() ? element.start() : head.length();
        int at = head.substring(0, end).indexOf("<!DOCTYPE");
        return at < 0 ? 0 : (int) head.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private Node parse(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<Node> open = new ArrayList<>();
        Node root = null;
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        problems.add(Problem.at(file, xml.getLocation().getLineNumber(), 1,
                                "the file declares a DOCTYPE; schedule exports have none, and this importer reads no DTD",
                                "remove the <!DOCTYPE ...> declaration if the file is otherwise a real export"));
                        return null;
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.add(Problem.at(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
                                "the entity &" + xml.getLocalName() + "; is not one of XML's own", "write the character itself"));
                        return null;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        }
                        Node node = new Node(xml.getLocalName(), attributes, new StringBuilder(), new ArrayList<>(),
                                xml.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = node;
                        } else {
                            open.get(open.size() - 1).children.add(node);
                        }
                        open.add(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).text.append(xml.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions carry nothing
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String message = e.getMessage() == null ? "malformed XML"
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            problems.add(Problem.at(file, line, 1, "not well-formed XML: " + message.strip(), "export the schedule again"));
            return null;
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing a reader that failed
                }
            }
        }
    }
}

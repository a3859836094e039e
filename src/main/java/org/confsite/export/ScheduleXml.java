package org.confsite.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.confsite.programme.Session;
import org.confsite.programme.Track;

/** The schedule as {@code schedule.xml}, valid against the format's XML Schema, one element a line. */
final class ScheduleXml {
    /** The XML Schema the XML follows. */
    static final String XML_SCHEMA = "https://c3voc.de/schedule/schema.xsd";

    private final Schedule schedule;
    private final String version;

    ScheduleXml(Schedule schedule, String version) {
        this.schedule = schedule;
        this.version = version;
    }

    /** The schedule as XML text (UTF-8, with its declaration), ending in a newline. */
    String text() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            Xml x = new Xml(w);
            w.writeStartDocument("UTF-8", "1.0");
            x.open("schedule", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:noNamespaceSchemaLocation", XML_SCHEMA);
            x.empty("generator", "name", ScheduleExport.GENERATOR);
            x.leaf("url", schedule.baseUrl + Exports.SCHEDULE_XML);
            x.leaf("version", version);
            writeConference(x);
            for (Schedule.DayPlan day : schedule.days) {
                writeDay(x, day);
            }
            x.close();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the schedule as XML", e);
        }
        return out + "\n";
    }

    private void writeConference(Xml x) throws XMLStreamException {
        x.open("conference");
        x.leaf("acronym", schedule.acronym);
        x.leaf("title", schedule.conference.fullName());
        x.leaf("start", schedule.conference.startDate().toString());
        x.leaf("end", schedule.conference.endDate().toString());
        x.leaf("days", Integer.toString(schedule.days.size()));
        x.leaf("timeslot_duration", schedule.timeslot());
        x.leaf("time_zone_name", schedule.zone.getId());
        x.leaf("base_url", schedule.baseUrl);
        x.leaf("url", schedule.baseUrl);
        for (Track track : schedule.tracks()) {
            List<String> attributes = new ArrayList<>(List.of("name", track.name()));
            if (!track.colour().isEmpty()) {
                attributes.addAll(List.of("color", track.colour().toLowerCase(Locale.ROOT)));
            }
            if (Schedule.trackSlug(track) != null) {
                attributes.addAll(List.of("slug", Schedule.trackSlug(track)));
            }
            x.leaf("track", track.name(), attributes.toArray(String[]::new));
        }
        x.close();
    }

    private void writeDay(Xml x, Schedule.DayPlan day) throws XMLStreamException {
        String[] attributes = {"index", Integer.toString(day.index()), "date", day.date().toString(),
            "start", day.start(), "end", day.end()};
        if (day.rooms().isEmpty()) {
            x.empty("day", attributes);
            return;
        }
        x.open("day", attributes);
        for (Map.Entry<Schedule.Place, List<Schedule.Event>> room : day.rooms().entrySet()) {
            x.open("room", "name", room.getKey().name(), "guid", room.getKey().guid());
            for (Schedule.Event e : room.getValue()) {
                writeEvent(x, e);
            }
            x.close();
        }
        x.close();
    }

    /**
     * Every element frab and pretalx write for an event, empty when there is nothing to say (the
     * schema allows no empty {@code feedback_url} or {@code video_download_url}, and this site
     * has neither, so those two are left out).
     */
    private void writeEvent(Xml x, Schedule.Event e) throws XMLStreamException {
        Session s = e.session();
        x.open("event", "guid", e.guid(), "id", Integer.toString(e.id()), "code", e.code());
        x.leaf("date", e.date());
        x.leaf("start", e.start());
        x.leaf("duration", e.duration());
        x.leaf("room", e.place().name());
        x.leaf("slug", e.slug());
        x.leaf("url", e.url());
        x.open("recording");
        x.leaf("license", "");
        x.leaf("optout", Boolean.toString(s.doNotRecord()));
        x.close();
        x.leaf("title", s.title());
        x.leaf("subtitle", schedule.subtitle(s) == null ? "" : schedule.subtitle(s));
        x.leaf("track", s.track() == null ? "" : s.track().name());
        x.leaf("type", s.kind().id());
        x.leaf("language", e.language());
        x.leaf("abstract", s.abstractText());
        x.leaf("description", s.description());
        x.leaf("logo", "");
        if (e.persons().isEmpty()) {
            x.empty("persons");
        } else {
            x.open("persons");
            for (Schedule.Person p : e.persons()) {
                x.leaf("person", p.name(), "id", Integer.toString(p.id()), "guid", p.guid());
            }
            x.close();
        }
        if (e.links().isEmpty()) {
            x.empty("links");
        } else {
            x.open("links");
            for (Schedule.Ref link : e.links()) {
                x.leaf("link", link.title(), "href", link.url(), "type", link.type());
            }
            x.close();
        }
        if (e.attachments().isEmpty()) {
            x.empty("attachments");
        } else {
            x.open("attachments");
            for (Schedule.Ref file : e.attachments()) {
                x.leaf("attachment", file.title(), "href", file.url(), "type", file.type());
            }
            x.close();
        }
        x.close();
    }

    /** Writes elements one a line, indented by two spaces a level. */
    private static final class Xml {
        private final XMLStreamWriter w;
        private int depth;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        private void line() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        private void attributes(String... nameValues) throws XMLStreamException {
            for (int i = 0; i < nameValues.length; i += 2) {
                w.writeAttribute(nameValues[i], nameValues[i + 1]);
            }
        }

        void open(String name, String... attributes) throws XMLStreamException {
            line();
            w.writeStartElement(name);
            attributes(attributes);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            line();
            w.writeEndElement();
        }

        void leaf(String name, String text, String... attributes) throws XMLStreamException {
            line();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void empty(String name, String... attributes) throws XMLStreamException {
            line();
            w.writeEmptyElement(name);
            attributes(attributes);
        }
    }
}

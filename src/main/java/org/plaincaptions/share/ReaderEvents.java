package org.plaincaptions.share;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Change;

/**
 * The readers' event contract (docs/reader-events.md): each event is one line of JSON with a
 * {@code type}, the same whether the laptop serves it or an edge server relays it. A pure function of
 * its arguments, safe on any thread.
 */
public final class ReaderEvents {
    private static final JsonFactory JSON = new JsonFactory();

    private ReaderEvents() {
    }

    /**
     * {@code {"type":"caption","session":..,"id":..,"final":..,"start":..,"end":..,"plain":..,"raw":..,"changes":[..]}};
     * times are seconds since the session's audio began, {@code null} when the recogniser gave none.
     */
    public static String caption(String session, Caption caption) {
        return write(g -> {
            g.writeStringField("type", "caption");
            g.writeStringField("session", session);
            g.writeNumberField("id", caption.sequence());
            g.writeBooleanField("final", caption.isFinal());
            seconds(g, "start", caption.start());
            seconds(g, "end", caption.end());
            g.writeStringField("plain", caption.plain());
            g.writeStringField("raw", caption.raw());
            g.writeArrayFieldStart("changes");
            for (Change change : caption.changes()) {
                g.writeStartObject();
                g.writeNumberField("start", change.plainStart());
                g.writeNumberField("end", change.plainEnd());
                g.writeStringField("original", change.original());
                g.writeStringField("plain", change.replacement());
                g.writeStringField("source", change.source());
                g.writeStringField("note", note(change));
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** {@code {"type":"status","session":..,"state":"listening","text":"Listening"}}. */
    public static String status(String session, RoomState state, String text) {
        return write(g -> {
            g.writeStringField("type", "status");
            g.writeStringField("session", session);
            g.writeStringField("state", state.key());
            g.writeStringField("text", text);
        });
    }

    /** A sentence for a reader who taps a changed word: why it reads differently from what was said. */
    static String note(Change change) {
        String source = change.source();
        if (change.fromGlossary()) {
            return "Plain words for \u201c" + source.substring("glossary:".length()) + "\u201d from the meeting's glossary.";
        }
        return switch (source) {
            case "number" -> "A spoken number, written in figures.";
            case "filler" -> "A filler word, left out.";
            case "stutter" -> "A repeated word, shown once.";
            case "article" -> "\u201ca\u201d or \u201can\u201d to suit the next word.";
            case "spelling" -> "Spelled one way throughout.";
            default -> "Changed to read more easily (" + source + ").";
        };
    }

    private static void seconds(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(field, Math.round(value * 100) / 100.0);
        } else {
            g.writeNullField(field);
        }
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}

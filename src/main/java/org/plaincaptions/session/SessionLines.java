package org.plaincaptions.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.captions.CaptionGap;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/**
 * The session file format: UTF-8 JSON, one object a line, each line complete in itself so a crash can
 * only damage the last one (see docs/decisions/0040-session-files.md):
 * <pre>
 * {"type":"session","format":1,"id":"2026-11-26_101530","started":"2026-11-26T10:15:30.120Z","source":"default microphone"}
 * {"type":"said","n":0,"start":1.23,"end":2.5,"at":"…","raw":"we leverage it","plain":"We use it.",
 *  "words":[["we",1.23,1.4,1.0],…],"changes":[["leverage","use",3,6,"glossary:leverage"]]}
 * {"type":"draft","n":1,"start":2.5,"end":9.0,"at":"…","raw":"so the plan","plain":"So the plan","changes":[]}
 * {"type":"gap","start":60.0,"end":95.0,"reason":"microphone-lost","at":"…"}
 * {"type":"resumed","at":"…","offset":96.0}
 * {"type":"end","at":"…","interrupted":false,"captions":12,"seconds":95.0}
 * </pre>
 * A {@code draft} is the open utterance's partial as shown, saved while it runs; the {@code said} line of
 * the same utterance replaces it, and a draft left last by a crash is read as an unfinished caption
 * (docs/decisions/0007-drafts-of-the-open-utterance.md). Drafts carry no word times (partials have none).
 */
final class SessionLines {
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line read back. */
    sealed interface Line permits Header, Entry, Draft, Resumed, End {
    }

    record Header(String id, Instant started, String source) implements Line {
    }

    record Entry(SessionEntry entry) implements Line {
    }

    /** The open utterance as shown so far; {@code said} is marked unfinished. */
    record Draft(SessionEntry.Said said) implements Line {
    }

    record Resumed(Instant at, double offset) implements Line {
    }

    /** The last line of a session that was stopped properly, with its totals so a listing need not read it all. */
    record End(Instant at, boolean interrupted, int captions, double seconds) implements Line {
    }

    private SessionLines() {
    }

    static byte[] header(String id, Instant started, String source) {
        ObjectNode line = line("session");
        line.put("format", FORMAT).put("id", id).put("started", started.toString()).put("source", source);
        return bytes(line);
    }

    static byte[] said(Caption caption, Instant at) {
        ObjectNode line = line("said");
        line.put("n", caption.sequence());
        line.put("start", seconds(caption.start())).put("end", seconds(caption.end())).put("at", at.toString());
        line.put("raw", caption.raw()).put("plain", caption.plain());
        ArrayNode words = line.putArray("words");
        for (Word w : caption.words()) {
            words.addArray().add(w.text()).add(seconds(w.start())).add(seconds(w.end())).add(seconds(w.confidence()));
        }
        putChanges(line, caption);
        return bytes(line);
    }

    /** A partial caption as a draft, timed {@code start}..{@code end} (estimates: partials have no word times). */
    static byte[] draft(Caption partial, double start, double end, Instant at) {
        ObjectNode line = line("draft");
        line.put("n", partial.sequence());
        line.put("start", seconds(start)).put("end", seconds(end)).put("at", at.toString());
        line.put("raw", partial.raw()).put("plain", partial.plain());
        putChanges(line, partial);
        return bytes(line);
    }

    private static void putChanges(ObjectNode line, Caption caption) {
        ArrayNode changes = line.putArray("changes");
        for (Change c : caption.changes()) {
            changes.addArray().add(c.original()).add(c.replacement()).add(c.plainStart()).add(c.plainEnd()).add(c.source());
        }
    }

    static byte[] gap(CaptionGap gap, Instant at) {
        ObjectNode line = line("gap");
        line.put("start", seconds(gap.start())).put("end", seconds(gap.end())).put("reason", gap.reason().key())
                .put("at", at.toString());
        return bytes(line);
    }

    static byte[] resumed(Instant at, double offset) {
        return bytes(line("resumed").put("at", at.toString()).put("offset", seconds(offset)));
    }

    static byte[] end(Instant at, boolean interrupted, int captions, double seconds) {
        return bytes(line("end").put("at", at.toString()).put("interrupted", interrupted).put("captions", captions)
                .put("seconds", seconds(seconds)));
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException saying what is wrong with it; nothing else
     */
    static Line parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String type = text(node, "type");
        return switch (type) {
            case "session" -> new Header(text(node, "id"), instant(node, "started"), text(node, "source"));
            case "said" -> new Entry(new SessionEntry.Said(caption(node), instant(node, "at")));
            case "draft" -> new Draft(new SessionEntry.Said(caption(node), instant(node, "at"), true));
            case "gap" -> new Entry(new SessionEntry.Gap(gap(node), instant(node, "at")));
            case "resumed" -> new Resumed(instant(node, "at"), number(node, "offset"));
            case "end" -> new End(instant(node, "at"), node.path("interrupted").asBoolean(false),
                    node.path("captions").canConvertToInt() ? Math.max(0, node.path("captions").asInt()) : -1,
                    node.path("seconds").isNumber() ? node.path("seconds").asDouble() : -1);
            default -> throw new IllegalArgumentException("unknown type '" + type + "'");
        };
    }

    private static Caption caption(JsonNode node) {
        String raw = text(node, "raw");
        String plain = text(node, "plain");
        double start = number(node, "start");
        double end = number(node, "end");
        List<Word> words = new ArrayList<>();
        for (JsonNode w : array(node, "words")) {
            if (w.isArray() && w.size() >= 3 && w.get(0).isTextual() && w.get(1).isNumber() && w.get(2).isNumber()) {
                words.add(new Word(w.get(0).asText(), w.get(1).asDouble(), w.get(2).asDouble(),
                        w.size() > 3 && w.get(3).isNumber() ? w.get(3).asDouble() : Double.NaN));
            }
        }
        if (words.isEmpty() && !raw.isBlank()) {
            words = spread(raw, start, end); // keeps subtitle times when a hand-edited line lost its words
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : array(node, "changes")) {
            if (c.isArray() && c.size() == 5 && c.get(0).isTextual() && c.get(1).isTextual() && c.get(2).canConvertToInt()
                    && c.get(3).canConvertToInt() && c.get(4).isTextual()) {
                int from = c.get(2).asInt();
                int to = c.get(3).asInt();
                if (0 <= from && from <= to && to <= plain.length()) {
                    changes.add(new Change(c.get(0).asText(), c.get(1).asText(), from, to, c.get(4).asText()));
                }
            }
        }
        long n = node.path("n").canConvertToLong() ? node.path("n").asLong() : 0;
        return new Caption(n, new Utterance(raw, words, true), new Rewrite(raw, plain, changes, 0));
    }

    private static List<Word> spread(String raw, double start, double end) {
        String[] texts = raw.strip().split("\\s+");
        double step = Math.max(0, end - start) / texts.length;
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            words.add(new Word(texts[i], start + i * step, start + (i + 1) * step, Double.NaN));
        }
        return words;
    }

    private static CaptionGap gap(JsonNode node) {
        String key = text(node, "reason");
        CaptionGap.Reason reason = CaptionGap.Reason.ofKey(key);
        if (reason == null) {
            throw new IllegalArgumentException("unknown gap reason '" + key + "'");
        }
        return new CaptionGap(number(node, "start"), number(node, "end"), reason);
    }

    private static ObjectNode line(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static byte[] bytes(ObjectNode line) {
        return (line.toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Milliseconds are plenty for captions and keep the file readable. */
    private static BigDecimal seconds(double value) {
        return BigDecimal.valueOf(Double.isFinite(value) ? value : 0).setScale(3, RoundingMode.HALF_UP);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("no text field '" + field + "'");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw new IllegalArgumentException("no number field '" + field + "'");
        }
        return value.asDouble();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isArray() ? value : JSON.createArrayNode();
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not a time");
        }
    }
}

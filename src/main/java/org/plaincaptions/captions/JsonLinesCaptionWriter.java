package org.plaincaptions.captions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code {"start": 1.23, "end": 4.56, "raw": "...", "plain": "..."}} per utterance, one a line. A stretch
 * with no captions is a line of its own with empty {@code raw}, the marker as {@code plain} and a
 * {@code "gap"} naming the reason, so readers that only know the four fields still show it.
 */
final class JsonLinesCaptionWriter implements CaptionWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    JsonLinesCaptionWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Caption caption) throws IOException {
        if (caption.isEmpty()) {
            return;
        }
        line(caption.start(), caption.end(), caption.raw(), caption.plain(), null);
    }

    @Override
    public void gap(CaptionGap gap) throws IOException {
        line(gap.start(), gap.end(), "", gap.marker(), gap.reason().key());
    }

    private void line(double start, double end, String raw, String plain, String gap) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("start", seconds(start));
            json.writeNumberField("end", seconds(end));
            json.writeStringField("raw", raw);
            json.writeStringField("plain", plain);
            if (gap != null) {
                json.writeStringField("gap", gap);
            }
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private static BigDecimal seconds(double value) {
        double v = Double.isFinite(value) ? value : 0;
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}

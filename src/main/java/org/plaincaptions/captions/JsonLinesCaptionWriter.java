package org.plaincaptions.captions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code {"start": 1.23, "end": 4.56, "raw": "...", "plain": "..."}} per utterance, one a line. */
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
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("start", seconds(caption.start()));
            json.writeNumberField("end", seconds(caption.end()));
            json.writeStringField("raw", caption.raw());
            json.writeStringField("plain", caption.plain());
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

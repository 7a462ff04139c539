package org.plaincaptions.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaincaptions.captions.CaptionFixtures.finalCaption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionWritersTest {
    private final List<Caption> finals = List.of(
            finalCaption(0, "we need to leverage our synergies", "We need to use our shared strengths.", 1.0, 0.4),
            finalCaption(1, "", "", 4.0, 0.4),
            finalCaption(2, "prior to the meeting", "Before the meeting.", 65.5, 0.5));

    private String write(ExportFormat format, Track track, CaptionLayout layout) throws Exception {
        StringWriter out = new StringWriter();
        try (CaptionWriter writer = format.writer(out, track, layout)) {
            for (Caption c : finals) {
                writer.write(c);
            }
        }
        return out.toString();
    }

    @Test
    void textIsOneLinePerUtteranceOfTheChosenTrack() throws Exception {
        assertThat(write(ExportFormat.TXT, Track.PLAIN, CaptionLayout.DEFAULT))
                .isEqualTo("We need to use our shared strengths.\nBefore the meeting.\n");
        assertThat(write(ExportFormat.TXT, Track.RAW, CaptionLayout.DEFAULT))
                .isEqualTo("we need to leverage our synergies\nprior to the meeting\n");
    }

    @Test
    void srtHasNumberedCuesWithCommaTimes() throws Exception {
        assertThat(write(ExportFormat.SRT, Track.RAW, CaptionLayout.DEFAULT)).isEqualTo("""
                1
                00:00:01,000 --> 00:00:03,360
                we need to leverage our synergies

                2
                00:01:05,500 --> 00:01:07,500
                prior to the meeting

                """);
    }

    @Test
    void vttStartsWithItsHeaderAndUsesDotTimes() throws Exception {
        String vtt = write(ExportFormat.VTT, Track.PLAIN, CaptionLayout.DEFAULT);
        assertThat(vtt).startsWith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.360\nWe need to use our shared strengths.\n");
        assertThat(vtt).contains("00:01:05.500 --> 00:01:07.500\nBefore the meeting.\n");
        assertThat(vtt.indexOf("WEBVTT")).isEqualTo(vtt.lastIndexOf("WEBVTT"));
    }

    @Test
    void emptyVttIsStillAValidFile() throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.VTT.writer(out, Track.PLAIN, CaptionLayout.DEFAULT).finish();
        assertThat(out.toString()).isEqualTo("WEBVTT\n\n");
    }

    @Test
    void longUtterancesAreCutIntoCuesThatFitTheLayoutInTimeOrder() throws Exception {
        String srt = write(ExportFormat.SRT, Track.RAW, new CaptionLayout(12, 1));
        assertThat(srt).contains("1\n00:00:01.000".replace('.', ',')).contains("\nwe need to\n");
        String[] blocks = srt.strip().split("\n\n");
        assertThat(blocks.length).isGreaterThan(3);
        double previousStart = -1;
        for (String block : blocks) {
            String[] lines = block.split("\n");
            assertThat(lines).hasSize(3);
            assertThat(lines[2].length()).isLessThanOrEqualTo(12);
            double start = seconds(lines[1].substring(0, 12));
            double end = seconds(lines[1].substring(17));
            assertThat(start).isGreaterThanOrEqualTo(previousStart);
            assertThat(end).isGreaterThan(start);
            previousStart = start;
        }
    }

    @Test
    void jsonLinesCarryBothTracksAndTimesInSeconds() throws Exception {
        String[] lines = write(ExportFormat.JSONL, Track.RAW, CaptionLayout.DEFAULT).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("start").asDouble()).isEqualTo(1.0);
        assertThat(first.get("end").asDouble()).isEqualTo(3.36);
        assertThat(first.get("raw").asText()).isEqualTo("we need to leverage our synergies");
        assertThat(first.get("plain").asText()).isEqualTo("We need to use our shared strengths.");
        assertThat(first.fieldNames()).toIterable().containsExactly("start", "end", "raw", "plain");
    }

    @Test
    void vttEscapesMarkupCharacters() throws Exception {
        StringWriter out = new StringWriter();
        try (CaptionWriter w = ExportFormat.VTT.writer(out, Track.RAW, CaptionLayout.DEFAULT)) {
            w.write(finalCaption(0, "a <b> & c", "x", 0, 0.2));
        }
        assertThat(out.toString()).contains("a &lt;b&gt; &amp; c");
    }

    private static double seconds(String stamp) {
        String[] p = stamp.replace(',', '.').split(":");
        return Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Double.parseDouble(p[2]);
    }

    private static List<double[]> times(String srt) {
        List<double[]> out = new java.util.ArrayList<>();
        for (String block : srt.strip().split("\n\n")) {
            String timing = block.split("\n")[1];
            out.add(new double[] {seconds(timing.substring(0, 12)), seconds(timing.substring(17))});
        }
        return out;
    }

    @Test
    void aCueTooShortToReadIsMergedWithTheNextWhenTheyFitTogether() throws Exception {
        StringWriter out = new StringWriter();
        try (CaptionWriter writer = ExportFormat.SRT.writer(out, Track.RAW, CaptionLayout.DEFAULT)) {
            writer.write(finalCaption(0, "are for", "are for", 10.0, 0.08)); // 0.15 s
            writer.write(finalCaption(1, "the next item", "the next item", 10.6, 0.4));
        }
        assertThat(out.toString()).isEqualTo("""
                1
                00:00:10,000 --> 00:00:12,000
                are for
                the next item

                """);
    }

    @Test
    void everyCueStaysAtLeastTwoSecondsAndNoneOverlaps() throws Exception {
        StringWriter out = new StringWriter();
        try (CaptionWriter writer = ExportFormat.SRT.writer(out, Track.RAW, new CaptionLayout(42, 1))) {
            writer.write(finalCaption(0, "are for", "are for", 10.0, 0.08));
            writer.write(finalCaption(1, "the next item on the agenda is the budget for next year", "x", 10.3, 0.3));
            writer.gap(new CaptionGap(16, 17, CaptionGap.Reason.MICROPHONE_LOST));
            writer.write(finalCaption(2, "yes", "yes", 30, 0.2));
        }
        List<double[]> cues = times(out.toString());
        assertThat(cues).hasSizeGreaterThanOrEqualTo(4);
        double lastEnd = 0;
        for (double[] cue : cues) {
            assertThat(cue[1] - cue[0]).isGreaterThanOrEqualTo(SubtitleCaptionWriter.MIN_SECONDS - 0.0005);
            assertThat(cue[0]).isGreaterThanOrEqualTo(lastEnd);
            lastEnd = cue[1];
        }
        assertThat(cues.get(0)[0]).isEqualTo(10.0);
    }
}

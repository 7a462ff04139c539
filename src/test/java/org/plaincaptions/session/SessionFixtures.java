package org.plaincaptions.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plaincaptions.captions.Caption;
import org.plaincaptions.plain.Change;
import org.plaincaptions.plain.Rewrite;
import org.plaincaptions.speech.Utterance;
import org.plaincaptions.speech.Word;

/** Captions and clocks for session tests. */
final class SessionFixtures {
    static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    private SessionFixtures() {
    }

    /** A final caption of {@code raw}, one word every 0.3 s from {@code start}, rewritten to {@code plain}. */
    static Caption said(long n, double start, String raw, String plain) {
        List<Word> words = new ArrayList<>();
        String[] texts = raw.split(" ");
        for (int i = 0; i < texts.length; i++) {
            words.add(new Word(texts[i], start + 0.3 * i, start + 0.3 * i + 0.25, 0.9));
        }
        List<Change> changes = plain.equals(raw) ? List.of()
                : List.of(new Change(raw, plain, 0, plain.length(), "glossary:test"));
        return new Caption(n, new Utterance(raw, words, true), new Rewrite(raw, plain, changes, 0));
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

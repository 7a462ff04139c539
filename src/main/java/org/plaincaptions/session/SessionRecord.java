package org.plaincaptions.session;

import java.util.List;

/**
 * A session read back from disk.
 *
 * @param entries what was said and the gaps, in the order they were written
 * @param skipped lines that could not be read, as {@code file:line: reason} (a crash can cut the last one)
 */
public record SessionRecord(SessionSummary summary, List<SessionEntry> entries, List<String> skipped) {

    public SessionRecord {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }

    SessionRecord withId(String newId) {
        return new SessionRecord(summary.withId(newId), entries, skipped);
    }

    public String id() {
        return summary.id();
    }
}

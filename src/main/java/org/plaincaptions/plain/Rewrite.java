package org.plaincaptions.plain;

import java.util.List;

/**
 * The plain track for one piece of recognised text, and what was changed to get it.
 *
 * @param raw           the text as recognised
 * @param plain         the text to show
 * @param changes       where plain differs from raw, in order of {@link Change#plainStart()}
 * @param heldBackWords how many of raw's last words are not yet in {@code plain} because a longer
 *                      term may still be completing (only on partial results)
 * @param flags         terms a glossary asked to report, in order
 */
public record Rewrite(String raw, String plain, List<Change> changes, int heldBackWords, List<Flag> flags) {

    public Rewrite {
        changes = List.copyOf(changes);
        flags = List.copyOf(flags);
    }

    /** A rewrite without flags. */
    public Rewrite(String raw, String plain, List<Change> changes, int heldBackWords) {
        this(raw, plain, changes, heldBackWords, List.of());
    }

    /** The identity rewrite: shows the text as said. */
    public static Rewrite unchanged(String raw) {
        return new Rewrite(raw, raw, List.of(), 0, List.of());
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}

package org.plaincaptions.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facilitator edits the meeting glossary during the meeting: the captions follow within a second. */
class LiveRewriterTest {
    @TempDir
    Path dir;

    @Test
    void reloadsWithinASecondWhenAGlossaryChanges() throws Exception {
        Path file = dir.resolve("meeting.csv");
        Files.writeString(file, "term,plain\nwidget,gadget\n", StandardCharsets.UTF_8);
        try (LiveRewriter rewriter = PlainStage.watch(List.of(file), Locale.UK, w -> { })) {
            assertThat(rewriter.rewriteFinal("a widget").plain()).isEqualTo("A gadget.");

            Files.writeString(file, "term,plain\nwidget,small tool\n", StandardCharsets.UTF_8);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(
                    () -> assertThat(rewriter.rewriteFinal("a widget").plain()).isEqualTo("A small tool."));
        }
    }

    @Test
    void keepsTheLastGoodGlossariesWhenAnEditBreaksTheFile() throws Exception {
        Path file = dir.resolve("meeting.csv");
        Files.writeString(file, "term,plain\nwidget,gadget\n", StandardCharsets.UTF_8);
        List<String> warnings = new CopyOnWriteArrayList<>();
        try (LiveRewriter rewriter = PlainStage.watch(List.of(file), Locale.UK, warnings::add)) {
            Files.writeString(file, "no header here\n", StandardCharsets.UTF_8);

            await().atMost(Duration.ofSeconds(20)).until(() -> !warnings.isEmpty());
            assertThat(warnings.get(0)).contains("needs a header row").endsWith("The glossaries loaded before stay in use.");
            assertThat(rewriter.rewriteFinal("a widget").plain()).isEqualTo("A gadget.");
        }
    }
}

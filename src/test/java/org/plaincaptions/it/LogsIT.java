package org.plaincaptions.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file is in the user's state folder and, at the default level, never holds what was said. */
class LogsIT {
    @TempDir
    Path home;

    @Test
    void theLogSaysWhatHappenedButNotWhatWasSaid() throws Exception {
        Jar.Result result = Jar.runIn(home, null, "transcribe", Speech.fixture("session-mixed").toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("consultation");

        String log = Files.readString(Jar.log(home));

        assertThat(log).contains("Loaded speech model").contains("Session ").contains(" started");
        for (String said : new String[] {"synergies", "stakeholders", "consultation", "facilitator", "leverage",
                "working together", "session leader"}) {
            assertThat(log).as("log mentions '%s'", said).doesNotContainIgnoringCase(said);
        }
    }
}

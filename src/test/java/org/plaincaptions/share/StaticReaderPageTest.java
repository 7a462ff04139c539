package org.plaincaptions.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticReaderPageTest {
    @TempDir
    Path folder;

    @Test
    void writesTheLaptopsPageWithAConfigThatReadsTheStreamBesideItAndHasNoSignals() throws Exception {
        Files.writeString(folder.resolve("other.txt"), "left alone");

        var written = StaticReaderPage.write(folder.resolve("www"), StaticReaderPage.STREAM_BESIDE_THE_PAGE);

        Path www = folder.resolve("www");
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("config.json", "icon.svg", "index.html", "reader.css", "reader.js");
        assertThat(Files.readString(www.resolve("config.json"))).isEqualTo("{\"stream\":\"events\",\"signal\":null}");
        assertThat(Files.readAllBytes(www.resolve("index.html"))).isEqualTo(ReaderPage.FILES.get("/").bytes());
        assertThat(Files.readAllBytes(www.resolve("reader.js"))).isEqualTo(ReaderPage.FILES.get("/reader.js").bytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(www.resolve("reader.js"))))
                .as("readable by the web server's user").isEqualTo("rw-r--r--");
        assertThat(folder.resolve("other.txt")).hasContent("left alone");
    }

    @Test
    void anAbsoluteStreamIsWrittenAsGiven() {
        assertThat(StaticReaderPage.config("https://edge.example/rooms/hall-a/events"))
                .isEqualTo("{\"stream\":\"https://edge.example/rooms/hall-a/events\",\"signal\":null}");
    }
}

package org.plaincaptions.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://edge.example:8080/pub/hall-a   | http://edge.example:8080/pub/hall-a | http://edge.example:8080/pub/hall-a/live
            https://edge.example/pub/hall-a/      | https://edge.example/pub/hall-a     | https://edge.example/pub/hall-a/live
            ' http://10.0.0.5:8080/pub/council '  | http://10.0.0.5:8080/pub/council    | http://10.0.0.5:8080/pub/council/live
            """)
    void readsThePublisherUrlAndItsLiveChannel(String text, String captions, String live) {
        EdgeAddress address = EdgeAddress.parse(text);

        assertThat(address.captions()).hasToString(captions);
        assertThat(address.live()).hasToString(live);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            edge.example/pub/hall-a            | does not start with http:// or https://
            ftp://edge.example/pub/hall-a      | does not start with http:// or https://
            http://edge.example                | names no room
            http://edge.example/pub/a?x=1      | names no room
            http:///pub/hall-a                 | names no server
            'http://edge example/pub'          | is not an address
            """)
    void saysWhatIsWrongWithABadUrl(String text, String says) {
        assertThatThrownBy(() -> EdgeAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(says).hasMessageContaining("for example http://edge.example:8080/pub/hall-a");
    }
}

package org.plaincaptions.ui.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingDistanceTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            # row, picture height m, text size % of height
            1,  1.5, 1.2
            10, 1.5, 6.2
            10, 2.0, 4.7
            20, 3.0, 5.9
            """)
    void sizeGrowsWithTheRowAndShrinksWithABiggerPicture(int row, double height, double percent) {
        // row 10: 2 m + 9 × 0.9 m = 10.1 m; capitals 10.1/150 = 6.7 cm; font 6.7/0.72 = 9.4 cm of 1.5 m is 6.2 %
        assertThat(ReadingDistance.textSizeForRow(row, height)).isCloseTo(percent, within(0.1));
    }

    @Test
    void rowsAreCountedFromTheFront() {
        assertThat(ReadingDistance.metresToRow(1)).isEqualTo(2.0);
        assertThat(ReadingDistance.metresToRow(11)).isCloseTo(11.0, within(1e-9));
    }
}

package org.exposurecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyed bench runs its rounds through the real service and reports figures that can be read (timings are its own business). */
class KeyedBenchmarkTest {
    @Test
    void aSmallKeyedBenchReportsEveryFigure() throws Exception {
        List<String> notes = new ArrayList<>();

        KeyedBenchmark.Figures figures = new KeyedBenchmark(notes::add).run(new KeyedBenchmark.Settings(2, 2, 1, 7));

        assertThat(figures.profiles()).isEqualTo(2);
        assertThat(figures.inputsPerProfile()).isGreaterThanOrEqualTo(1);
        assertThat(figures.batch()).isEqualTo(128);
        assertThat(List.of(figures.loopbackMillis(), figures.floorMillis(), figures.serviceEvaluationsPerSecond(),
                figures.floorEvaluationsPerSecond(), figures.perProfileRatio(), figures.throughputRatio()))
                .allSatisfy(value -> assertThat(value).isPositive().isFinite());
        assertThat(notes).hasSize(2);
    }
}

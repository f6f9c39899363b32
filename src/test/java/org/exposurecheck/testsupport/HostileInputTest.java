package org.exposurecheck.testsupport;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A Jazzer harness for a reader of hostile input (docs/fuzzing.md). In a normal build it runs over its
 * committed seeds and saved reproducers; with {@code JAZZER_FUZZ=1} the first one in a JVM is fuzzed for
 * {@code maxDuration}, which is the short run {@code .ci/run} gives each harness. One input taking longer
 * than the timeout is a hang: JUnit fails the seed, and while fuzzing Jazzer hands the timeout to libFuzzer,
 * which saves the input and stops.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@FuzzTest(maxDuration = "15s")
public @interface HostileInputTest {
}

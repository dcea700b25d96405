package org.schemashift.convert.rules.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MySQL JSON paths of keys and indexes read as their steps; anything else is refused, never guessed. */
class JsonPathTest {

    @Test
    void keysAndIndexesAreSteps() {
        assertThat(JsonPath.steps("$")).isEmpty();
        assertThat(JsonPath.steps("$.a.b[0]")).containsExactly("a", "b", "0");
        assertThat(JsonPath.steps("$[2][ 010 ][99999999999]")).containsExactly("2", "10", "99999999999");
        assertThat(JsonPath.steps("$.\"a b\".\"q\\\"uote\".c_1$")).containsExactly("a b", "q\"uote", "c_1$");
    }

    @Test
    void wildcardsRangesLastAndMalformedPathsAreRefused() {
        assertThat(JsonPath.steps("$[*]")).isNull();
        assertThat(JsonPath.steps("$.*")).isNull();
        assertThat(JsonPath.steps("$**.a")).isNull();
        assertThat(JsonPath.steps("$[last]")).isNull();
        assertThat(JsonPath.steps("$[1 to 3]")).isNull();
        assertThat(JsonPath.steps("a.b")).isNull();
        assertThat(JsonPath.steps("$.\"open")).isNull();
        assertThat(JsonPath.steps("$.")).isNull();
    }
}

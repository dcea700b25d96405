package org.schemashift.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The password comes from a named variable, a prompt, or the target client's variable (here PGPASSWORD), in that order; never an argument. */
class PasswordSourceTest {
    private static final Map<String, String> ENV = Map.of("PGPASSWORD", "from-pgpassword", "MY_SECRET", "from-my-secret");

    private static PasswordSource withPrompt(String typed) {
        return new PasswordSource(ENV, text -> typed == null ? null : typed.toCharArray(), "PGPASSWORD");
    }

    @Test
    void aNamedVariableWins() {
        assertThat(withPrompt("typed").resolve("MY_SECRET", true, "u")).containsExactly("from-my-secret".toCharArray());
    }

    @Test
    void thePromptComesBeforePgpassword() {
        assertThat(withPrompt("typed").resolve(null, true, "u")).containsExactly("typed".toCharArray());
    }

    @Test
    void pgpasswordIsTheDefault() {
        assertThat(withPrompt(null).resolve(null, false, "u")).containsExactly("from-pgpassword".toCharArray());
    }

    @Test
    void noSourceMeansNoPassword() {
        assertThat(new PasswordSource(Map.of(), text -> null, "PGPASSWORD").resolve(null, false, "u")).isNull();
    }

    @Test
    void anUnsetNamedVariableOrAPromptWithoutTerminalIsAnError() {
        assertThatThrownBy(() -> withPrompt(null).resolve("UNSET_VARIABLE", false, "u")).hasMessageContaining("UNSET_VARIABLE");
        assertThatThrownBy(() -> withPrompt(null).resolve(null, true, "u")).hasMessageContaining("needs a terminal");
    }
}

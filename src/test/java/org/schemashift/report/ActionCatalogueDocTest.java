package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/action-items.md is what ActionCatalogueDoc generates from the enum, byte for byte. */
class ActionCatalogueDocTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void checkedInCatalogueIsGeneratedFromTheEnum() throws IOException {
        String generated = ActionCatalogueDoc.render();
        if (UPDATE) {
            Files.writeString(ActionCatalogueDoc.FILE, generated, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(ActionCatalogueDoc.FILE)) {
            fail("missing " + ActionCatalogueDoc.FILE + ": run mvn -B test -Dtest=ActionCatalogueDocTest -Dgolden.update=true");
        }
        assertThat(Files.readString(ActionCatalogueDoc.FILE))
                .as(ActionCatalogueDoc.FILE + " differs from the ActionCode enum; rerun with -Dgolden.update=true and review git diff")
                .isEqualTo(generated);
    }
}

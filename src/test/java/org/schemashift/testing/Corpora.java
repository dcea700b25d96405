package org.schemashift.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared corpora of real schemas (../shared/corpora); tests skip visibly where it is absent. */
public final class Corpora {
    private Corpora() {
    }

    /** {@code relative} under the corpora folder; aborts the test (skipped, with a message) when absent. */
    public static Path path(String relative) {
        Path root = Path.of(System.getProperty("schemashift.corpora", "../shared/corpora"));
        Assumptions.assumeTrue(Files.isDirectory(root),
                "SKIPPED: corpora folder " + root.toAbsolutePath() + " is absent; corpus tests need ../shared/corpora");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "SKIPPED: corpus file " + p + " is absent");
        return p;
    }
}

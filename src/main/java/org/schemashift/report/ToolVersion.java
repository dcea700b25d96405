package org.schemashift.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * SchemaShift's version as the build wrote it (Maven filters {@code version.properties} with the
 * project version), so the jar, the classes in an IDE and the tests all report the same one.
 */
public final class ToolVersion {
    public static final String NAME = "schemashift";
    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String version() {
        return VERSION;
    }

    static Report.Tool tool() {
        return new Report.Tool(NAME, VERSION);
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("missing resource version.properties: build with Maven");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

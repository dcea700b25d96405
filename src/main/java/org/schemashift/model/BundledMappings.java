package org.schemashift.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A data file of {@code mappings/} as the jar bundles it, read as a YAML tree; missing or malformed, it is a build error. */
public final class BundledMappings {
    private BundledMappings() {
    }

    /** The tree of {@code resource} ({@code /mappings/...}). */
    public static JsonNode read(String resource) {
        try (InputStream in = BundledMappings.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing bundled " + resource);
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled " + resource + " is malformed", e);
        }
    }
}

package org.schemashift.convert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule data for one (source, target) pair: bundled {@code mappings/types} and
 * {@code mappings/functions} files (see {@link FunctionRules#load} for which function files), with
 * a user's rules file (same format, both sections) tried first.
 */
public record MappingRules(TypeRules types, FunctionRules functions) {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * The shape of a user's rules file: direct rules per kind ({@code functions}: the target's own
     * SQL), and a {@code read:} section holding function rules like a dialect's (canonical).
     */
    record RuleFile(List<TypeRule> types, List<FunctionRule> functions, ReadSection read) {
        RuleFile {
            types = types == null ? List.of() : types;
            functions = functions == null ? List.of() : functions;
            read = read == null ? new ReadSection(null) : read;
        }
    }

    /** A user's {@code read:} section: source function to canonical expression. */
    record ReadSection(List<FunctionRule> functions) {
        ReadSection {
            functions = functions == null ? List.of() : functions;
        }
    }

    /** Thrown when a rules file cannot be read or is malformed. */
    public static final class RulesException extends RuntimeException {
        public RulesException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static MappingRules load(String source, String target, Path userFile) {
        RuleFile user = userFile == null ? new RuleFile(null, null, null) : readUser(userFile);
        List<TypeRule> types = new ArrayList<>(user.types());
        types.addAll(readBundled("types", source, target).types());
        return new MappingRules(new TypeRules(types), FunctionRules.load(source, target, user.functions(), user.read().functions()));
    }

    private static RuleFile readUser(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, RuleFile.class);
        } catch (IOException e) {
            throw new RulesException("cannot read mappings file " + file + ": " + e.getMessage(), e);
        }
    }

    private static RuleFile readBundled(String kind, String source, String target) {
        String resource = "/mappings/" + kind + "/" + source + "-to-" + target + ".yaml";
        try (InputStream in = MappingRules.class.getResourceAsStream(resource)) {
            if (in == null) return new RuleFile(null, null, null);
            return YAML.readValue(in, RuleFile.class);
        } catch (IOException e) {
            throw new RulesException("bundled rules " + resource + " are malformed: " + e.getMessage(), e);
        }
    }
}

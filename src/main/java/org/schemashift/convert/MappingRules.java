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
import org.schemashift.convert.proc.BuiltinCalls;

/**
 * The rule data for one (source, target) conversion: bundled {@code mappings/types} and
 * {@code mappings/functions} files, with a user's rules file tried first. Types: the source's
 * {@code types/<source>.yaml} read rules and the target's {@code types/<target>.yaml} write rules,
 * with direct rules of the pair file {@code types/<source>-to-<target>.yaml} before them.
 * Functions: see {@link FunctionRules#load}.
 */
public record MappingRules(TypeRules types, FunctionRules functions, BuiltinCalls calls) {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * The shape of a user's rules file and of a pair file: direct rules per kind (for functions the
     * target's own SQL); in a user's file also {@code read:} and {@code write:} sections holding rules
     * per kind (read function rules are canonical, like a dialect's).
     */
    record RuleFile(List<TypeRule> types, List<FunctionRule> functions, ReadSection read, WriteSection write) {
        RuleFile {
            types = types == null ? List.of() : types;
            functions = functions == null ? List.of() : functions;
            read = read == null ? new ReadSection(null, null) : read;
            write = write == null ? new WriteSection(null) : write;
        }
    }

    /** A user's {@code read:} section: source type to canonical type, source function to canonical expression. */
    record ReadSection(List<TypeReadRule> types, List<FunctionRule> functions) {
        ReadSection {
            types = types == null ? List.of() : types;
            functions = functions == null ? List.of() : functions;
        }
    }

    /** A user's {@code write:} section: canonical type to target spelling. */
    record WriteSection(List<TypeRule> types) {
        WriteSection {
            types = types == null ? List.of() : types;
        }
    }

    /** The shape of {@code mappings/types/<dialect>.yaml}: read rules (as a source), write rules (as a target). */
    record DialectTypeFile(List<TypeReadRule> read, List<TypeRule> write) {
        DialectTypeFile {
            read = read == null ? List.of() : read;
            write = write == null ? List.of() : write;
        }
    }

    /** Thrown when a rules file cannot be read or is malformed. */
    public static final class RulesException extends RuntimeException {
        public RulesException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static MappingRules load(String source, String target, Path userFile) {
        RuleFile user = userFile == null ? new RuleFile(null, null, null, null) : readUser(userFile);
        FunctionRules functions = FunctionRules.load(source, target, user.functions(), user.read().functions());
        return new MappingRules(typeRules(source, target, user), functions, BuiltinCalls.load(source, functions));
    }

    private static TypeRules typeRules(String source, String target, RuleFile user) {
        List<TypeRule> direct = new ArrayList<>(user.types());
        direct.addAll(readBundled("types", source, target).types());
        List<TypeReadRule> read = new ArrayList<>(user.read().types());
        read.addAll(readResource("/mappings/types/" + source + ".yaml", DialectTypeFile.class, new DialectTypeFile(null, null)).read());
        List<TypeRule> write = new ArrayList<>(user.write().types());
        write.addAll(readResource("/mappings/types/" + target + ".yaml", DialectTypeFile.class, new DialectTypeFile(null, null)).write());
        return new TypeRules(direct, read, write);
    }

    private static RuleFile readUser(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, RuleFile.class);
        } catch (IOException e) {
            throw new RulesException("cannot read mappings file " + file + ": " + e.getMessage(), e);
        }
    }

    private static RuleFile readBundled(String kind, String source, String target) {
        return readResource("/mappings/" + kind + "/" + source + "-to-" + target + ".yaml", RuleFile.class,
                new RuleFile(null, null, null, null));
    }

    /** The bundled rules file {@code resource} read as {@code shape}, or {@code absent} when there is no such file. */
    private static <T> T readResource(String resource, Class<T> shape, T absent) {
        try (InputStream in = MappingRules.class.getResourceAsStream(resource)) {
            if (in == null) return absent;
            return YAML.readValue(in, shape);
        } catch (IOException e) {
            throw new RulesException("bundled rules " + resource + " are malformed: " + e.getMessage(), e);
        }
    }
}

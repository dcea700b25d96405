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
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.schemashift.convert.proc.BuiltinCalls;

/**
 * The rule data for one (source, target) conversion: bundled {@code mappings/types} and
 * {@code mappings/functions} files, with a user's rules file tried first. Types: the source's
 * {@code types/<source>.yaml} read rules and the target's {@code types/<target>.yaml} write rules,
 * with direct rules of the pair file {@code types/<source>-to-<target>.yaml} before them.
 * Functions: see {@link FunctionRules#load}.
 */
public record MappingRules(TypeRules types, FunctionRules functions, BuiltinCalls calls, List<RenameRule> renames,
                           List<ObjectRule> exclude, List<ObjectRule> include, List<ListedRule> effective) {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The rules file read from the working directory when no file is given. */
    public static final String DEFAULT_FILE = "schemashift.yaml";

    /** One rule in the order it is tried: its section ({@code types}, {@code read.types}, {@code rename}...) and the rule. */
    public record ListedRule(String section, String origin, Object rule) {
    }

    /**
     * The shape of a user's rules file and of a pair file: direct rules per kind (for functions the
     * target's own SQL); in a user's file also {@code read:} and {@code write:} sections holding rules
     * per kind (read function rules are canonical, like a dialect's).
     */
    record RuleFile(List<TypeRule> types, List<FunctionRule> functions, ReadSection read, WriteSection write,
                    List<RenameRule> rename, List<ObjectRule> exclude, List<ObjectRule> include,
                    Map<String, String> options) {
        RuleFile {
            types = types == null ? List.of() : types;
            functions = functions == null ? List.of() : functions;
            read = read == null ? new ReadSection(null, null) : read;
            write = write == null ? new WriteSection(null) : write;
            rename = rename == null ? List.of() : rename;
            exclude = exclude == null ? List.of() : exclude;
            include = include == null ? List.of() : include;
            options = options == null ? Map.of() : options;
        }

        static final RuleFile EMPTY = new RuleFile(null, null, null, null, null, null, null, null);
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

    /** The user's rules file: {@code given}, else {@value #DEFAULT_FILE} in the working directory when there is one, else null. */
    public static Path userFile(Path given) {
        if (given != null) return given;
        Path inWorkingDirectory = Path.of(DEFAULT_FILE);
        return Files.isRegularFile(inWorkingDirectory) ? inWorkingDirectory : null;
    }

    /** The rules of {@code source} → {@code target} with the user's rules file {@code userFile} (null: none) tried first. */
    public static MappingRules load(String source, String target, Path userFile) {
        RuleFile user = userFile == null ? RuleFile.EMPTY : readUser(userFile);
        List<ListedRule> effective = new ArrayList<>();
        TypeRules types = typeRules(source, target, user, RuleOptions.chosen(user.options(), source, String.valueOf(userFile)),
                effective);
        FunctionRules functions = FunctionRules.load(source, target, user.functions(), user.read().functions());
        functions.ordered().forEach(rule -> effective.add(new ListedRule("functions", origin(rule.id(), user.functions(),
                user.read().functions()), rule)));
        user.rename().forEach(rule -> effective.add(new ListedRule("rename", "user", rule)));
        user.exclude().forEach(rule -> effective.add(new ListedRule("exclude", "user", rule)));
        user.include().forEach(rule -> effective.add(new ListedRule("include", "user", rule)));
        return new MappingRules(types, functions, BuiltinCalls.load(source, functions), user.rename(), user.exclude(),
                user.include(), List.copyOf(effective));
    }

    private static String origin(String id, List<FunctionRule> direct, List<FunctionRule> read) {
        return direct.stream().anyMatch(r -> r.id().equals(id)) || read.stream().anyMatch(r -> r.id().equals(id))
                ? "user" : "bundled";
    }

    private static TypeRules typeRules(String source, String target, RuleFile user, RuleOptions.Value options,
                                       List<ListedRule> effective) {
        List<TypeRule> direct = new ArrayList<>(user.types());
        direct.addAll(options.types());
        List<TypeRule> pair = readBundled("types", source, target).types();
        direct.addAll(pair);
        List<TypeReadRule> read = new ArrayList<>(user.read().types());
        read.addAll(options.read());
        List<TypeReadRule> bundledRead = readResource("/mappings/types/" + source + ".yaml", DialectTypeFile.class,
                new DialectTypeFile(null, null)).read();
        read.addAll(bundledRead);
        List<TypeRule> write = new ArrayList<>(user.write().types());
        List<TypeRule> bundledWrite = readResource("/mappings/types/" + target + ".yaml", DialectTypeFile.class,
                new DialectTypeFile(null, null)).write();
        write.addAll(bundledWrite);
        user.types().forEach(r -> effective.add(new ListedRule("types", "user", r)));
        options.types().forEach(r -> effective.add(new ListedRule("types", "options", r)));
        pair.forEach(r -> effective.add(new ListedRule("types", "types/" + source + "-to-" + target + ".yaml", r)));
        user.read().types().forEach(r -> effective.add(new ListedRule("read.types", "user", r)));
        options.read().forEach(r -> effective.add(new ListedRule("read.types", "options", r)));
        bundledRead.forEach(r -> effective.add(new ListedRule("read.types", "types/" + source + ".yaml", r)));
        user.write().types().forEach(r -> effective.add(new ListedRule("write.types", "user", r)));
        bundledWrite.forEach(r -> effective.add(new ListedRule("write.types", "types/" + target + ".yaml", r)));
        return new TypeRules(direct, read, write);
    }

    private static RuleFile readUser(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, RuleFile.class);
        } catch (JsonMappingException e) {
            throw new RulesException(RulesFileError.describe(file, e), e);
        } catch (JsonProcessingException e) {
            throw new RulesException(file + ":" + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RulesException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    private static RuleFile readBundled(String kind, String source, String target) {
        return readResource("/mappings/" + kind + "/" + source + "-to-" + target + ".yaml", RuleFile.class, RuleFile.EMPTY);
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

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
                           List<ObjectRule> exclude, List<ObjectRule> include, List<ListedRule> effective,
                           Map<String, String> options) {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The rules file read from the working directory when no file is given. */
    public static final String DEFAULT_FILE = "schemashift.yaml";

    /**
     * One rule in the order it is tried: its section ({@code options}, {@code read.types}, {@code calls},
     * {@code rename}...), its origin (the bundled file under {@code mappings/}, or {@code FILE:LINE} of
     * the user's rules file) and the rule.
     */
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
        Origins origins = new Origins(userFile);
        List<ListedRule> effective = new ArrayList<>(RuleOptions.listed(user.options(), source, target, origins));
        TypeRules types = typeRules(source, target, user, RuleOptions.chosen(user.options(), source, target, origins),
                origins, effective);
        FunctionRules functions = FunctionRules.load(source, target, user.functions(), user.read().functions());
        origins.list(effective, "functions", "/functions", user.functions());
        origins.list(effective, "read.functions", "/read/functions", user.read().functions());
        String pair = source + "-to-" + target;
        FunctionRules.bundledList(pair, "functions", FunctionRule.class)
                .forEach(r -> effective.add(new ListedRule("functions", "mappings/functions/" + pair + ".yaml", r)));
        FunctionRules.bundledList(source, "read", FunctionRule.class)
                .forEach(r -> effective.add(new ListedRule("read.functions", "mappings/functions/" + source + ".yaml", r)));
        BuiltinCalls calls = BuiltinCalls.load(source, functions);
        calls.rules().forEach(r -> effective.add(new ListedRule("calls", "mappings/functions/" + source + ".yaml", r)));
        origins.list(effective, "rename", "/rename", user.rename());
        origins.list(effective, "exclude", "/exclude", user.exclude());
        origins.list(effective, "include", "/include", user.include());
        return new MappingRules(types, functions, calls, user.rename(), user.exclude(), user.include(), List.copyOf(effective),
                RuleOptions.inEffect(user.options(), source, target));
    }

    /** The value of option {@code key} the user set for this conversion, else null (its default holds). */
    public String option(String key) {
        return options.get(key);
    }

    /**
     * Where the user's rules are: {@code file:line} of each list entry by JSON pointer
     * ({@code /rename/0}), so a reader of {@code schemashift rules} finds the rule in the file.
     */
    static final class Origins {
        private final Path file;
        private final Map<String, Integer> lines;

        Origins(Path file) {
            this.file = file;
            this.lines = file == null ? Map.of() : RulesFileError.lines(file);
        }

        /** {@code file:line} of the value at {@code pointer}. */
        String of(String pointer) {
            Integer line = lines.get(pointer);
            return file + ":" + (line == null ? "?" : line);
        }

        /** The user's {@code rules} of {@code section}, at {@code pointer}/0, /1..., added to {@code out}. */
        void list(List<ListedRule> out, String section, String pointer, List<?> rules) {
            for (int i = 0; i < rules.size(); i++) out.add(new ListedRule(section, of(pointer + "/" + i), rules.get(i)));
        }
    }

    private static TypeRules typeRules(String source, String target, RuleFile user, RuleOptions.Value options,
                                       Origins origins, List<ListedRule> effective) {
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
        origins.list(effective, "types", "/types", user.types());
        options.types().forEach(r -> effective.add(new ListedRule("types", RuleOptions.FILE, r)));
        pair.forEach(r -> effective.add(new ListedRule("types", "mappings/types/" + source + "-to-" + target + ".yaml", r)));
        origins.list(effective, "read.types", "/read/types", user.read().types());
        options.read().forEach(r -> effective.add(new ListedRule("read.types", RuleOptions.FILE, r)));
        bundledRead.forEach(r -> effective.add(new ListedRule("read.types", "mappings/types/" + source + ".yaml", r)));
        origins.list(effective, "write.types", "/write/types", user.write().types());
        bundledWrite.forEach(r -> effective.add(new ListedRule("write.types", "mappings/types/" + target + ".yaml", r)));
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

package org.schemashift.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One object of schema.sql as apply runs it: its identity in the journal (kind and name), where
 * it came from in the source ("file:line", or null), its statements in order, and the checksum
 * the journal compares on a re-run.
 */
public record ScriptObject(String kind, String name, String source, List<String> statements) {
    public ScriptObject {
        statements = List.copyOf(statements);
    }

    /** SHA-256 of the statements: comments and blank lines between statements do not count as a change. */
    public String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", statements).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** "table shop.customer (shop.sql:12)": how messages name the object. */
    public String describe() {
        return kind + " " + name + (source == null ? "" : " (" + source + ")");
    }
}

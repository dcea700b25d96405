package org.schemashift.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names of apply's database-side lock, the same for every SchemaShift process so that two
 * applies to one schema find each other's lock (as Flyway's and Liquibase's lock tables do),
 * without a table to clean up after a killed run.
 */
final class ApplyLock {
    /** PostgreSQL advisory locks are keyed by two ints: this one says "SchemaShift apply" ('SSap'). */
    static final int CLASS_ID = 0x53536170;
    /** MySQL refuses lock names longer than 64 characters. */
    private static final int MAX_NAME = 64;
    private static final String PREFIX = "schemashift.apply.";

    private ApplyLock() {
    }

    /** A 32-bit key for the schema name: the first four bytes of its SHA-256. */
    static int hash(String schema) {
        byte[] d = sha256(schema);
        return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | d[3] & 0xff;
    }

    /** "schemashift.apply.SCHEMA", or the hex of its hash when that would be too long. */
    static String name(String schema) {
        String name = PREFIX + schema;
        return name.length() <= MAX_NAME ? name : PREFIX + HexFormat.of().formatHex(sha256(schema), 0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

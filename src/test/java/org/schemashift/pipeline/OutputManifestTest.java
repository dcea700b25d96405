package org.schemashift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OUT/.schemashift-files: how the next convert tells its own output from a hand edit (docs/robustness.md). */
class OutputManifestTest {
    @TempDir
    Path dir;

    @Test
    void recordsTheCrc32cOfEachFileAndNamesTheFirstOneEditedSince() throws Exception {
        byte[] schema = "CREATE TABLE t (a integer);\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("schema.sql"), schema);
        Checksum checksum = OutputManifest.checksum();
        checksum.update(schema, 0, schema.length);
        OutputManifest written = OutputManifest.empty();
        written.add("schema.sql", checksum);
        assertThat(crc32c("123456789".getBytes(StandardCharsets.US_ASCII))).as("the standard check value").isEqualTo("e3069283");
        assertThat(written.render()).as("the CRC-32C of the bytes (Castagnoli, as in iSCSI, RFC 3720)")
                .isEqualTo("crc32c:" + crc32c(schema) + "  schema.sql\n");
        Files.writeString(dir.resolve(OutputManifest.FILE_NAME), written.render());

        assertThat(OutputManifest.read(dir).firstChange(dir)).isNull();
        Files.writeString(dir.resolve("schema.sql"), "-- my fix\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(OutputManifest.read(dir).firstChange(dir)).isEqualTo("schema.sql was edited since SchemaShift wrote it");
    }

    @Test
    void aManifestOfSha256DigestsFromAnEarlierVersionStillRecognisesItsFiles() throws Exception {
        byte[] schema = "CREATE TABLE t (a integer);\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("schema.sql"), schema);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(schema));
        Files.writeString(dir.resolve(OutputManifest.FILE_NAME), sha256 + "  schema.sql\n");

        assertThat(OutputManifest.read(dir).firstChange(dir)).isNull();
        Files.writeString(dir.resolve("schema.sql"), "-- my fix\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(OutputManifest.read(dir).firstChange(dir)).isEqualTo("schema.sql was edited since SchemaShift wrote it");
    }

    /** CRC-32C computed bit by bit from its definition (reflected polynomial 0x82F63B78), not by the JDK's class. */
    private static String crc32c(byte[] bytes) {
        int crc = ~0;
        for (byte b : bytes) {
            crc ^= b & 0xff;
            for (int bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0x82F63B78 & -(crc & 1));
        }
        return HexFormat.of().toHexDigits(~crc);
    }
}

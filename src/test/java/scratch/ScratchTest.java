package scratch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.OracleParsing;
import org.schemashift.source.oracle.plsql.PlSqlReader;

class ScratchTest {
    @Test
    void run() throws Exception {
        String file = System.getProperty("scratch.file");
        String text = Files.readString(Path.of(file), StandardCharsets.ISO_8859_1);
        int from = text.toUpperCase().indexOf(System.getProperty("scratch.start", "CREATE"));
        int end = text.indexOf("\n/", from);
        String unit = text.substring(from, end < 0 ? text.length() : end);
        RawStatement raw = new RawStatement(unit, unit, 1, 1);
        PlSqlReader reader = new PlSqlReader(new OracleParsing());
        for (int i = 0; i < Integer.getInteger("scratch.times", 1); i++) {
            long t = System.nanoTime();
            java.util.List<org.schemashift.model.SourceStatement> out;
            try {
                out = reader.read(unit, raw, new SourcePositions(file, raw));
            } catch (org.schemashift.source.antlr.SyntaxError e) {
                System.out.println("ms " + (System.nanoTime() - t) / 1_000_000 + " ERROR " + e.line() + ":" + e.column() + " " + e.getMessage()
                        + "\n" + unit.lines().skip(e.line() - 1).findFirst().orElse(""));
                continue;
            }
            System.out.println("ms " + (System.nanoTime() - t) / 1_000_000 + " statements " + out.size() + " items " + out.get(0).actionItems().size());
        }
    }
}

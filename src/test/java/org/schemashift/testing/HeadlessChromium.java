package org.schemashift.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven through its own command line, no WebDriver: {@code --dump-dom}
 * prints the DOM after the page's scripts ran, {@code --screenshot} writes a PNG, and
 * {@code --enable-logging=stderr} makes every console message (console.* calls and uncaught
 * errors) a {@code :CONSOLE} line on standard error, which is how console errors are caught.
 * Each run gets a fresh profile directory. Tests skip, with a message, only where Chromium is not
 * installed (.ci/run installs it).
 */
public final class HeadlessChromium {
    private static final Pattern CONSOLE_LINE = Pattern.compile(".*:CONSOLE[:(].*");
    private static final long TIMEOUT_SECONDS = 120;

    /** The DOM after load and the console messages the page produced. */
    public record Page(String dom, List<String> console) {}

    private final String executable;
    private final Path workDir;

    private HeadlessChromium(String executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** Chromium from -Dschemashift.chromium or the PATH; skips the calling test when there is none. */
    public static HeadlessChromium find(Path workDir) throws IOException {
        String executable = System.getProperty("schemashift.chromium");
        if (executable == null) executable = onPath("chromium", "chromium-browser", "google-chrome");
        Assumptions.assumeTrue(executable != null,
                "SKIPPED: chromium is not installed (apt-get install chromium); the report's browser test needs it");
        Files.createDirectories(workDir);
        return new HeadlessChromium(executable, workDir);
    }

    public Page load(String url) throws IOException, InterruptedException {
        return load(url, 1280, 1024);
    }

    /** The page laid out in a window {@code width} by {@code height} CSS pixels. */
    public Page load(String url, int width, int height) throws IOException, InterruptedException {
        Result r = run(List.of("--enable-logging=stderr", "--v=0", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--dump-dom", url));
        List<String> console = r.stderr.lines().filter(l -> CONSOLE_LINE.matcher(l).matches()).toList();
        return new Page(r.stdout, console);
    }

    public void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), url));
        if (!Files.exists(png)) throw new IOException("chromium wrote no screenshot " + png);
    }

    private record Result(String stdout, String stderr) {}

    private Result run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile-");
        Path stdout = workDir.resolve(profile.getFileName() + ".out");
        Path stderr = workDir.resolve(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IOException("chromium exited " + p.exitValue() + ": " + command + "\n" + err);
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8), err);
    }

    private static String onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        return null;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.laborcontest.examples.cli.ContestCli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the results pages of the three sample contests in headless Chromium (Debian's {@code
 * chromium}), checks that they render with no console message at all (errors, CSP violations,
 * failed requests are all logged there) and that the page's script ran, and keeps screenshots in
 * {@code target/report/} as build artifacts. Without Chromium the test is skipped locally, but
 * fails when {@code CI=true} ({@code .ci/install-chromium.sh} installs it).
 */
class ReportRenderingTest {

    private static final Path OUT = Path.of("target", "report");
    private static String chromium = "";

    @BeforeAll
    static void findChromiumAndWritePages() throws IOException {
        Optional<String> found = findChromium();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but headless Chromium is missing: run .ci/install-chromium.sh");
            }
            Assumptions.abort("headless Chromium (chromium) is not installed; .ci/install-chromium.sh installs it");
        }
        chromium = found.get();
        Files.createDirectories(OUT);
        for (String kind : List.of("key-project", "skill", "safety")) {
            int code = cli(
                    "report",
                    "data/" + kind + "-plan.json",
                    "data/" + kind + "-measurements.json",
                    "--awards",
                    "data/" + kind + "-awards.json",
                    "--facts",
                    "data/" + kind + "-facts.json",
                    "--published-on",
                    "2026-11-24",
                    "-o",
                    OUT.resolve(kind + ".html").toString());
            assertThat(code).as(kind).isZero();
        }
        // a quarterly page (report --period): that quarter's ranking, the trend up to it
        assertThat(cli(
                        "report",
                        "data/key-project-plan.json",
                        "data/key-project-measurements.json",
                        "--period",
                        "2026-Q2",
                        "--awards",
                        "data/key-project-awards.json",
                        "--facts",
                        "data/key-project-facts.json",
                        "--published-on",
                        "2026-07-10",
                        "-o",
                        OUT.resolve("key-project-q2.html").toString()))
                .isZero();
        assertThat(cli(
                        "report",
                        "data/skill-plan.json",
                        "data/skill-measurements.json",
                        "--lang",
                        "en",
                        "--published-on",
                        "2026-11-24",
                        "-o",
                        OUT.resolve("skill-en.html").toString()))
                .isZero();
    }

    private static int cli(String... args) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return ContestCli.run(args, ps, ps);
    }

    private static Optional<String> findChromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    record Run(int code, String stdout, String stderr) {
        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private static Run chromium(Path page, String... mode) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        cmd.addAll(Arrays.asList(mode));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile("chromium-out", ".txt");
        Path err = Files.createTempFile("chromium-err", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s: " + Files.readString(err));
        }
        Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void everyResultsPageRendersWithoutConsoleMessagesAndLeavesAScreenshot() throws Exception {
        for (String name : List.of("key-project", "key-project-q2", "skill", "safety", "skill-en")) {
            Path png = OUT.resolve(name + ".png");
            Files.deleteIfExists(png);
            Run run = chromium(
                    OUT.resolve(name + ".html"), "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,3200");
            assertThat(run.code()).as(name + ": " + run.stderr()).isZero();
            assertThat(run.consoleLines()).as(name + ": console messages").isEmpty();
            assertThat(png).as(name).isRegularFile();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).as(name + " screenshot size").isGreaterThan(20_000);
            assertThat(Arrays.copyOf(bytes, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
    }

    @Test
    void thePageScriptRunsAndFindsTheThreeCharts() throws Exception {
        Run run = chromium(OUT.resolve("key-project.html"), "--dump-dom");
        assertThat(run.code()).isZero();
        assertThat(run.consoleLines()).isEmpty();
        // the inline script sets data-rendered to the number of SVG charts once it has run
        assertThat(run.stdout()).contains("<html lang=\"zh-CN\" data-rendered=\"3\">");
        assertThat(run.stdout()).contains("id=\"chart-composition\"").contains("id=\"chart-trend\"");
    }

    @Test
    void theConsoleCheckCatchesAScriptErrorAndABlockedRequest() throws Exception {
        // Negative control: the same check must fail on a broken page, else it proves nothing.
        Path bad = OUT.resolve("broken-control.html");
        String page = Files.readString(OUT.resolve("skill.html"))
                .replace("</body>", "<img src=\"https://example.org/x.png\"><script>noSuchFunction();</script></body>");
        Files.writeString(bad, page);
        Run run = chromium(bad, "--dump-dom");
        assertThat(run.consoleLines()).anyMatch(l -> l.contains("noSuchFunction"));
        assertThat(run.consoleLines()).anyMatch(l -> l.contains("Content Security Policy") || l.contains("img-src"));
    }
}

package org.govforms.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** qpdf and poppler's pdftoppm, as a person's tools would see a filled form; tests are skipped where they are missing. */
final class PdfTools {

    private PdfTools() {
    }

    record Run(int exitCode, String output) {
    }

    static void assumeInstalled(String command) {
        assumeTrue(installed(command), command + " is not installed (apt-get install -y qpdf poppler-utils); skipped");
    }

    static boolean installed(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** qpdf --check on the PDF. */
    static Run qpdfCheck(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("govforms-", ".pdf");
        try {
            Files.write(file, pdf);
            return run(List.of("qpdf", "--check", file.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Renders every page with pdftoppm at a low resolution; answers the PNGs' paths in a fresh folder. */
    static List<Path> render(byte[] pdf, int dpi, Path folder) throws IOException, InterruptedException {
        Path file = folder.resolve("form.pdf");
        Files.write(file, pdf);
        Run run = run(List.of("pdftoppm", "-r", String.valueOf(dpi), "-png", file.toString(), folder.resolve("page").toString()));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("pdftoppm failed: " + run.output());
        }
        try (var pages = Files.list(folder)) {
            return pages.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish");
        }
        return new Run(process.exitValue(), output);
    }
}

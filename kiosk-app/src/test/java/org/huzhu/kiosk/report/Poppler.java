package org.huzhu.kiosk.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Poppler's command-line tools (Debian {@code poppler-utils}), a third party's reading of our PDFs: if they extract
 * the Chinese as text and render the page, so will the PDF readers the centres use. Missing tools skip the test on a
 * developer's machine and fail it on CI ({@code CI=true}), as the PC/SC tests do with {@code pcscd}.
 */
public final class Poppler {

    private static final long TIMEOUT_SECONDS = 60;

    private Poppler() {
    }

    /** {@link #requireInstalled()}, then the folder the PDF tests write to ({@code target/reports}). */
    static Path readyFolder() throws IOException {
        requireInstalled();
        return Files.createDirectories(RenderedPage.targetFolder("reports"));
    }

    /** Poppler's tools and a CJK font, or the test is skipped (failed on CI) saying what to install. */
    public static void requireInstalled() {
        List<String> missing = Arrays.stream(new String[] {"pdftotext", "pdftoppm", "pdffonts", "pdfinfo"})
                .filter(tool -> !onPath(tool)).toList();
        if (!missing.isEmpty()) {
            skipOrFail(missing + " not found: the PDF tests need poppler-utils (sudo apt-get install -y poppler-utils)");
        }
        requireCjkFont();
    }

    /** A CJK font where the exports look for one, or the test is skipped (failed on CI). */
    static void requireCjkFont() {
        if (CjkFont.KNOWN_PATHS.stream().noneMatch(Files::isReadable)) {
            skipOrFail("no CJK font in " + CjkFont.KNOWN_PATHS + ": sudo apt-get install -y " + CjkFont.DEBIAN_PACKAGE);
        }
    }

    /**
     * The smallest text size on any page, in points, from the word boxes pdftotext reports. A box is as high as the
     * font's ascent plus descent, a font-specific multiple of the size; a single Chinese ideograph is exactly one em
     * wide, so its box gives that multiple.
     */
    static double smallestTextSize(Path pdf) throws IOException {
        Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                + "yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(run("pdftotext", "-bbox", pdf.toString(), "-"));
        double smallestHeight = Double.MAX_VALUE;
        double heightPerEm = 0;
        while (word.find()) {
            double width = Double.parseDouble(word.group(3)) - Double.parseDouble(word.group(1));
            double height = Double.parseDouble(word.group(4)) - Double.parseDouble(word.group(2));
            smallestHeight = Math.min(smallestHeight, height);
            if (word.group(5).matches("[\\x{4E00}-\\x{9FFF}]")) {
                heightPerEm = height / width;
            }
        }
        if (heightPerEm == 0) {
            throw new AssertionError(pdf + " has no single-ideograph word to measure the font by");
        }
        return smallestHeight / heightPerEm;
    }

    private static void skipOrFail(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason);
        }
        Assumptions.abort(reason);
    }

    /** The text of every page, as a reader's "copy text" would give it. */
    public static String text(Path pdf) throws IOException {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The text of one page (from 1). */
    static String text(Path pdf, int page) throws IOException {
        return run("pdftotext", "-enc", "UTF-8", "-f", Integer.toString(page), "-l", Integer.toString(page),
                pdf.toString(), "-");
    }

    /** {@code pdffonts}' table: name, type, encoding, embedded, subset, unicode map. */
    static String fonts(Path pdf) throws IOException {
        return run("pdffonts", pdf.toString());
    }

    static int pages(Path pdf) throws IOException {
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(run("pdfinfo", pdf.toString()));
        if (!pages.find()) {
            throw new AssertionError("pdfinfo gave no page count for " + pdf);
        }
        return Integer.parseInt(pages.group(1));
    }

    /** Renders {@code page} at {@code dpi} to {@code png} (replaced). */
    static Path render(Path pdf, int page, int dpi, Path png) throws IOException {
        String prefix = png.toString().replaceFirst("\\.png$", "");
        run("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f", Integer.toString(page), "-l",
                Integer.toString(page), "-singlefile", pdf.toString(), prefix);
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("pdftoppm wrote no " + png);
        }
        return png;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (process.exitValue() != 0) {
            String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + error);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        List<String> folders = new ArrayList<>(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(
                File.pathSeparator)));
        folders.add("/usr/bin");
        return folders.stream().anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}

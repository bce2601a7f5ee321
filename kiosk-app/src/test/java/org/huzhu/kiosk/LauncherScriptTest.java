package org.huzhu.kiosk;

import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.huzhu.kiosk.testsupport.PrintJavaVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/huzhu-kiosk} finds a JDK 25 even when JAVA_HOME and PATH point at an older one, and says plainly when
 * there is none. A stand-in jar (printing the Java version) replaces the kiosk jar, which is built after the tests.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "bin", "huzhu-kiosk").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void findsAJdk25BesideAnOlderDefault() throws Exception {
        Path olderJdk = Path.of(System.getProperty("java.home")).getParent().resolve("java-17-openjdk-amd64");
        String javaHome = Files.isDirectory(olderJdk) ? olderJdk.toString() : "/nonexistent";
        Map<String, String> env = Map.of("JAVA_HOME", javaHome, "PATH", "/usr/bin:/bin",
                "HUZHU_KIOSK_JAR", standInJar().toString(),
                "HUZHU_JVM_ROOTS", Path.of(System.getProperty("java.home")).getParent().toString());

        Result result = run(env, "--demo");

        assertThat(result.exit).as(result.stderr).isZero();
        assertThat(result.stdout.strip()).isEqualTo("java " + Runtime.version().feature() + " args --demo");
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void saysPlainlyWhenNoJdk25Exists() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", "/nonexistent", "PATH", pathWithoutJava().toString(),
                "HUZHU_KIOSK_JAR", standInJar().toString(), "HUZHU_JVM_ROOTS", temp.resolve("no-jvms").toString());

        Result result = run(env);

        assertThat(result.exit).isEqualTo(3);
        assertThat(result.stderr).contains("needs Java 25 or newer", "Install a JDK 25").doesNotContain("line ");
    }

    @Test
    void saysHowToBuildWhenTheJarIsMissing() throws Exception {
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin",
                "JAVA_HOME", System.getProperty("java.home"), "HUZHU_KIOSK_JAR", temp.resolve("none.jar").toString());

        Result result = run(env);

        assertThat(result.exit).isEqualTo(3);
        assertThat(result.stderr).contains("not built yet", "./mvnw -DskipTests package");
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add(SCRIPT.toString());
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A PATH holding only the tools the script uses, so no {@code java} can be found on it. */
    private Path pathWithoutJava() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : new String[] {"bash", "sed", "head", "dirname"}) {
            Path real = Path.of("/usr/bin", tool);
            Files.copy(Files.exists(real) ? real : Path.of("/bin", tool), bin.resolve(tool), COPY_ATTRIBUTES);
        }
        return bin;
    }

    /** A jar whose manifest runs {@link PrintJavaVersion} from the test classes. */
    private Path standInJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintJavaVersion.class.getName());
        Path classes = Path.of(PrintJavaVersion.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = temp.resolve("stand-in.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(file, manifest)) {
            return jar;
        }
    }
}

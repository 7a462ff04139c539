import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the desktop installer for the system it runs on: stages the app jar, the default speech
 * model and the licence files, makes a trimmed Java runtime with jlink, then an app image and the
 * system's package (.deb, .msi or .dmg) with jpackage. What the tools are told lives in the
 * argument files beside this file; this program puts the steps in order and checks what argument
 * files cannot.
 *
 * <p>{@code mvn -Pinstaller package} runs it from the project folder once the jar is built:
 * {@code java installer/BuildInstaller.java --version 0.1.0-SNAPSHOT --dependencies FILE [--package deb|msi|dmg|none]}
 */
public final class BuildInstaller {
    private static final String APP = "Plain Captions";
    private static final String MODEL = "vosk-model-small-en-us-0.15";
    private static final Path ARGS = Path.of("installer", "jpackage");
    private static final Path OUT = Path.of("target", "installer");
    private static final Path INPUT = OUT.resolve("input");
    private static final Path RUNTIME = OUT.resolve("runtime");

    private enum Os { LINUX, WINDOWS, MACOS }

    public static void main(String[] args) throws Exception {
        String version = option(args, "--version", null).replaceFirst("-SNAPSHOT$", "");
        Path dependencies = Path.of(option(args, "--dependencies", null));
        Os os = currentOs();
        String packageType = option(args, "--package", "auto");
        if (packageType.equals("auto")) {
            packageType = switch (os) {
                case LINUX -> "deb";
                case WINDOWS -> "msi";
                case MACOS -> "dmg";
            };
        }
        if (os == Os.MACOS && version.startsWith("0.")) {
            fail("macOS app versions must start at 1 (jpackage refuses " + version + "): build with "
                    + "-Dinstaller.version=1.0.0 or similar until the project reaches 1.0.");
        }

        deleteTree(OUT);
        stageInput(dependencies);
        checkModules();
        run("jlink", "@installer/jlink.args", "--output", RUNTIME.toString());
        if (os == Os.LINUX) {
            stripNativeSymbols();
        }
        run("jpackage", "@" + ARGS.resolve("common.args"), "@" + ARGS.resolve("app-image.args"),
                "@" + ARGS.resolve("app-image-" + os.name().toLowerCase(Locale.ROOT) + ".args"),
                "--type", "app-image", "--app-version", version, "--dest", OUT.toString());
        Path image = OUT.resolve(os == Os.MACOS ? APP + ".app" : APP);
        smokeTest(os, image);
        if (!packageType.equals("none")) {
            run("jpackage", "@" + ARGS.resolve("common.args"), "@" + ARGS.resolve(packageType + ".args"),
                    "--app-image", image.toString(), "--app-version", version, "--dest", OUT.toString());
        }
        report(image);
    }

    /** The jpackage input folder: everything that ends up beside the jar in the installed app. */
    private static void stageInput(Path dependencyList) throws IOException {
        Path jar = Path.of("target", "plain-captions.jar");
        Path model = Path.of("models", MODEL);
        require(Files.isRegularFile(jar), jar + " is missing: the installer profile runs after the jar is built");
        require(Files.isRegularFile(model.resolve("am").resolve("final.mdl")),
                model + " is missing: the build fetches it in generate-resources");
        Files.createDirectories(INPUT);
        Files.copy(jar, INPUT.resolve(jar.getFileName()));
        copyTree(model, INPUT.resolve("models").resolve(MODEL));

        Path legal = INPUT.resolve("legal");
        copyTree(Path.of("installer", "legal"), legal);
        Files.copy(Path.of("NOTICE"), legal.resolve("NOTICE"));
        Files.copy(Path.of("LICENSE"), legal.resolve("LICENSE"));
        List<String> dependencies = runtimeDependencies(dependencyList);
        Files.write(legal.resolve("dependencies.txt"), dependencies);
        checkAttributions(dependencies, Files.readString(legal.resolve("THIRD-PARTY.md")));
    }

    /** "group:artifact:type[:classifier]:version:scope" lines from maven-dependency-plugin:list. */
    private static List<String> runtimeDependencies(Path listFile) throws IOException {
        Pattern line = Pattern.compile("^\\s+([\\w.\\-]+:[\\w.\\-]+:[^\\s]+:(compile|runtime))\\b.*");
        List<String> found = new ArrayList<>();
        for (String text : Files.readAllLines(listFile)) {
            Matcher m = line.matcher(text);
            if (m.matches()) {
                found.add(m.group(1));
            }
        }
        require(!found.isEmpty(), "no dependencies found in " + listFile);
        return found.stream().sorted().distinct().toList();
    }

    /** Every bundled library must be named in THIRD-PARTY.md, with its licence. */
    private static void checkAttributions(List<String> dependencies, String thirdParty) {
        Set<String> missing = new TreeSet<>();
        for (String dependency : dependencies) {
            String[] parts = dependency.split(":");
            String coordinates = parts[0] + ":" + parts[1];
            if (!thirdParty.contains("`" + coordinates + "`")) {
                missing.add(coordinates);
            }
        }
        require(missing.isEmpty(), "installer/legal/THIRD-PARTY.md does not name " + missing
                + ": add each with its licence (a bundled library must be attributed)");
    }

    /** The runtime's modules (jlink.args) must include every JDK module the jar uses (jdeps). */
    private static void checkModules() throws IOException {
        String jdeps = capture("jdeps", "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps",
                INPUT.resolve("plain-captions.jar").toString()).strip();
        Set<String> needed = new TreeSet<>(Arrays.asList(jdeps.split(",")));
        Matcher m = Pattern.compile("--add-modules\\s+(\\S+)").matcher(Files.readString(Path.of("installer", "jlink.args")));
        require(m.find(), "installer/jlink.args has no --add-modules line");
        Set<String> listed = new TreeSet<>(Arrays.asList(m.group(1).split(",")));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        require(missing.isEmpty(), "the jar now uses JDK modules " + missing
                + " that installer/jlink.args leaves out of the runtime: add them to --add-modules");
        Set<String> unused = new TreeSet<>(listed);
        unused.removeAll(needed);
        if (!unused.isEmpty()) {
            System.out.println("[installer] note: jlink.args adds modules jdeps no longer finds: " + unused);
        }
    }

    /** Debian's JDK keeps symbol tables in its libraries; the installed app has no use for them. */
    private static void stripNativeSymbols() throws IOException {
        List<Path> libraries;
        try (Stream<Path> files = Files.walk(RUNTIME)) {
            libraries = files.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        libraries.forEach(p -> command.add(p.toString()));
        try {
            exec(command);
        } catch (IOException e) {
            System.out.println("[installer] note: strip (binutils) not found; the runtime keeps its symbols: " + e.getMessage());
        }
    }

    /** The image must start and answer before it is packaged. */
    private static void smokeTest(Os os, Path image) throws IOException {
        Path launcher = switch (os) {
            case LINUX -> image.resolve("bin").resolve(APP);
            case WINDOWS -> image.resolve("plain-captions.exe");
            case MACOS -> image.resolve("Contents").resolve("MacOS").resolve(APP);
        };
        exec(List.of(launcher.toString(), "--version"));
    }

    private static void report(Path image) throws IOException {
        System.out.println("[installer] app image " + image + ": " + megabytes(image));
        System.out.println("[installer]   runtime " + megabytes(RUNTIME) + ", jar " + megabytes(INPUT.resolve("plain-captions.jar"))
                + ", model " + megabytes(INPUT.resolve("models")) + ", legal " + megabytes(INPUT.resolve("legal")));
        try (Stream<Path> files = Files.list(OUT)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                System.out.println("[installer] package " + p + ": " + megabytes(p));
            }
        }
    }

    private static void run(String tool, String... args) throws IOException {
        String exe = System.getProperty("os.name").startsWith("Windows") ? tool + ".exe" : tool;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", exe).toString());
        command.addAll(List.of(args));
        exec(command);
    }

    private static void exec(List<String> command) throws IOException {
        System.out.println("[installer] " + command.stream().map(a -> a.contains(" ") ? '"' + a + '"' : a)
                .limit(12).collect(Collectors.joining(" ")) + (command.size() > 12 ? " ..." : ""));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            require(exit == 0, command.get(0) + " failed with exit code " + exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String capture(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
        StringWriter out = new StringWriter();
        int exit = provider.run(new PrintWriter(out), new PrintWriter(System.err, true), args);
        require(exit == 0, tool + " failed with exit code " + exit);
        return out.toString();
    }

    private static Os currentOs() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MACOS : Os.LINUX;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name) && !args[i + 1].isBlank()) {
                return args[i + 1];
            }
        }
        require(fallback != null, "missing option " + name);
        return fallback;
    }

    private static String megabytes(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            return bytes < 100_000 ? String.format(Locale.ROOT, "%d kB", bytes / 1000)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            fail(message);
        }
    }

    private static void fail(String message) {
        System.err.println("[installer] " + message);
        System.exit(1);
    }
}

package org.plaincaptions.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * This JVM's resources at a moment, for tests that must show nothing grows: live threads, Java heap used
 * after a full collection, resident memory (which includes Vosk's native memory), the JVM's own native
 * memory other than the heap (when started with {@code -XX:NativeMemoryTracking=summary}) and open files.
 * Linux figures are -1 elsewhere.
 */
public record ProcessFigures(int threads, double heapMb, double rssMb, double nmtMb, long openFiles) {
    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern NMT_HEAP = Pattern.compile("Java Heap \\(reserved=\\d+KB, committed=(\\d+)KB");

    public static ProcessFigures now() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
        return new ProcessFigures(ManagementFactory.getThreadMXBean().getThreadCount(), heap, readRssMb(), readNmtMb(),
                countOpenFiles());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "threads %d, heap %.1f MB, RSS %.0f MB, NMT %.0f MB, open files %d",
                threads, heapMb, rssMb, nmtMb, openFiles);
    }

    private static double readRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static double readNmtMb() {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            Matcher total = NMT_TOTAL.matcher(String.valueOf(out));
            Matcher heap = NMT_HEAP.matcher(String.valueOf(out));
            if (!total.find() || !heap.find()) {
                return -1;
            }
            return (Long.parseLong(total.group(1)) - Long.parseLong(heap.group(1))) / 1024.0;
        } catch (Exception e) {
            return -1;
        }
    }

    /** What this process has open now ({@code /proc/self/fd} targets), to say which file a test found left open. */
    public static java.util.List<String> openFileNames() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return "?";
                }
            }).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }

    private static long countOpenFiles() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

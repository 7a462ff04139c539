package org.plaincaptions.cli;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this process (all threads), for {@code --stats}: on a busy machine it says more
 * about the cost of a run than wall time does.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Seconds of CPU this process has used so far, or NaN where the JVM cannot tell. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }
}

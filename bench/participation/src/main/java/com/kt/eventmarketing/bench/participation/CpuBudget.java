package com.kt.eventmarketing.bench.participation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU went during a measured run (Linux /proc, 100 ticks per second): the service, the edge, the
 * load generator (the bench JVM's virtual-thread carriers), the rest of the bench JVM (the Kafka broker, its GC and
 * JIT), PostgreSQL, Redis, and whatever else ran (other processes, interrupts). Divided by the entries answered, it
 * shows what an entry costs the whole machine, not only the two JVMs under test.
 */
final class CpuBudget {

    private static final double TICKS = 100.0;

    private final long servicePid;
    private final long edgePid;

    CpuBudget(long servicePid, long edgePid) {
        this.servicePid = servicePid;
        this.edgePid = edgePid;
    }

    /** CPU seconds so far, per part, in report order; "machine" is every core's busy time, "wall" the clock. */
    Map<String, Double> snapshot() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("service", process(servicePid));
        parts.put("edge", process(edgePid));
        double loadGenerator = 0;
        double benchRest = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String[] stat = stat(task.resolve("stat"));
                if (stat == null) {
                    continue;
                }
                double seconds = ticks(stat);
                if (stat[0].startsWith("ForkJoinPool")) {
                    loadGenerator += seconds;
                } else {
                    benchRest += seconds;
                }
            }
        } catch (IOException e) {
            loadGenerator = Double.NaN;
        }
        parts.put("load generator", loadGenerator);
        parts.put("Kafka broker + bench JVM's GC/JIT", benchRest);
        double postgres = 0;
        double redis = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String[] stat = stat(process.resolve("stat"));
                if (stat == null) {
                    continue;
                }
                if (stat[0].equals("postgres")) {
                    postgres += ticks(stat);
                } else if (stat[0].startsWith("redis-server")) {
                    redis += ticks(stat);
                }
            }
        } catch (IOException e) {
            postgres = Double.NaN;
        }
        parts.put("PostgreSQL", postgres);
        parts.put("Redis", redis);
        parts.put("machine", machineBusy());
        parts.put("wall", System.nanoTime() / 1e9);
        return parts;
    }

    /** One line per part: CPU milliseconds per entry, and its share of the machine's busy time. */
    static String report(Map<String, Double> before, Map<String, Double> after, long entries) {
        double machine = after.get("machine") - before.get("machine");
        StringBuilder s = new StringBuilder("| part | CPU ms per entry | share of busy CPU |\n|---|---:|---:|\n");
        double accounted = 0;
        for (String part : before.keySet()) {
            if (part.equals("machine") || part.equals("wall")) {
                continue;
            }
            double used = after.get(part) - before.get(part);
            accounted += used;
            s.append(line(part, used, entries, machine));
        }
        s.append(line("everything else (kernel, interrupts, other processes)", machine - accounted, entries, machine));
        s.append(String.format(
                Locale.ROOT,
                "| **whole machine** | **%.3f** | %.0f %% of 2 cores |%n",
                machine * 1000 / Math.max(1, entries),
                100
                        * machine
                        / (Runtime.getRuntime().availableProcessors() * (after.get("wall") - before.get("wall")))));
        return s.toString();
    }

    private static String line(String part, double seconds, long entries, double machine) {
        return String.format(
                Locale.ROOT,
                "| %s | %.3f | %.0f %% |%n",
                part,
                seconds * 1000 / Math.max(1, entries),
                100 * seconds / machine);
    }

    private static double process(long pid) {
        String[] stat = stat(Path.of("/proc/" + pid + "/stat"));
        return stat == null ? Double.NaN : ticks(stat);
    }

    /** The name, then the fields after it (state first); null if the process or thread is gone. */
    private static String[] stat(Path file) {
        try {
            String stat = Files.readString(file);
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] rest = stat.substring(close + 2).split(" ");
            String[] out = new String[rest.length + 1];
            out[0] = stat.substring(open + 1, close);
            System.arraycopy(rest, 0, out, 1, rest.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** utime + stime: fields 14 and 15 of stat, i.e. 12 and 13 after the name. */
    private static double ticks(String[] stat) {
        return (Long.parseLong(stat[12]) + Long.parseLong(stat[13])) / TICKS;
    }

    private static double machineBusy() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i = 1; i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}

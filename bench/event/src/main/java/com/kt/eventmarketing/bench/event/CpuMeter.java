package com.kt.eventmarketing.bench.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time used by a set of processes (Linux {@code /proc}), including their children that have exited. CPU per
 * request is robust to other work on the machine in a way latency and throughput are not: a neighbour steals wall
 * time, not CPU time.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final String name;
    private final Predicate<ProcStat> members;

    private CpuMeter(String name, Predicate<ProcStat> members) {
        this.name = name;
        this.members = members;
    }

    /** One process and its children (PostgreSQL: the postmaster and its backends). */
    static CpuMeter processTree(String name, long pid) {
        return new CpuMeter(name, stat -> stat.pid() == pid || stat.parent() == pid);
    }

    /** The processes whose command line contains every fragment. */
    static CpuMeter commandLine(String name, String... fragments) {
        return new CpuMeter(name, stat -> {
            String command = stat.commandLine();
            for (String fragment : fragments) {
                if (!command.contains(fragment)) {
                    return false;
                }
            }
            return true;
        });
    }

    String name() {
        return name;
    }

    /** CPU seconds used so far by the members (and their exited children). */
    double cpuSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(CpuMeter::read)
                    .flatMap(Optional::stream)
                    .filter(members)
                    .mapToDouble(stat -> stat.ticks() / TICKS_PER_SECOND)
                    .sum();
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    record ProcStat(long pid, long parent, long ticks, String commandLine) {}

    private static Optional<ProcStat> read(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // the command name (field 2) is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long parent = Long.parseLong(fields[1]);
            long ticks = Long.parseLong(fields[11])
                    + Long.parseLong(fields[12])
                    + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            String command = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
            return Optional.of(new ProcStat(Long.parseLong(process.getFileName().toString()), parent, ticks, command));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty(); // the process ended meanwhile
        }
    }

    /** CPU seconds of each meter, read at one moment. */
    static List<Double> read(List<CpuMeter> meters) {
        List<Double> seconds = new ArrayList<>();
        for (CpuMeter meter : meters) {
            seconds.add(meter.cpuSeconds());
        }
        return seconds;
    }
}

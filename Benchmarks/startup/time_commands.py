#!/usr/bin/env python3
"""Whole-process start-up timer: runs each named command N times, round robin (so every command
sees the same machine load), and prints min and median of wall time and of CPU time (user + sys
of the child, from wait4's rusage; the same quantity as `perf stat -e task-clock`).

Usage: time_commands.py RUNS SPEC_FILE
SPEC_FILE: one command a line, "name<TAB>shell-free command line" (split with shlex); lines starting
with # are skipped. Leading NAME=value words set environment variables for that command alone
(no `env` process in the timing). stdout and stderr of the commands go to /dev/null; a failing command aborts.
Prints a Markdown table.
"""
import os
import shlex
import statistics
import sys
import time


def split_environment(words):
    """Leading NAME=value words → (environment for the command, the rest of the words)."""
    environment = dict(os.environ)
    while words and "=" in words[0] and words[0].split("=", 1)[0].isidentifier():
        name, value = words[0].split("=", 1)
        environment[name] = value
        words = words[1:]
    return environment, words


def run_once(command):
    environment, argv = command
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, environment,
                          file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                        (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed ({os.waitstatus_to_exitcode(status)}): {shlex.join(argv)}")
    return wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    runs, spec = int(sys.argv[1]), sys.argv[2]
    commands = []
    with open(spec) as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                name, command = line.rstrip("\n").split("\t", 1)
                commands.append((name, split_environment(shlex.split(command))))
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for name, argv in commands:  # one warm-up run each: page cache, not first-touch disk reads
        run_once(argv)
    for _ in range(runs):
        for name, argv in commands:
            wall, cpu = run_once(argv)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"| command | wall min | wall median | CPU min | CPU median |")
    print(f"|---|---:|---:|---:|---:|")
    for name, _ in commands:
        w, c = walls[name], cpus[name]
        print(f"| {name} | {min(w):.1f} ms | {statistics.median(w):.1f} ms "
              f"| {min(c):.1f} ms | {statistics.median(c):.1f} ms |")


if __name__ == "__main__":
    main()

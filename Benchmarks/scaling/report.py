#!/usr/bin/env python3
"""Log-log exponents of CPU time against input size, and memory per input byte, per class (least squares).

    report.py results.tsv      (class, bytes, cpu_seconds, max_rss_kb per line, with a header)
"""
import collections
import math
import sys

TARGET = 1.15


def slope(points):
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(max(y, 1e-3)) for _, y in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)


rows = collections.defaultdict(list)
with open(sys.argv[1]) as table:
    next(table)
    for line in table:
        kind, size, seconds, rss = line.split("\t")
        rows[kind].append((int(size), float(seconds), int(rss)))

print(f"\n| class | sizes (MB) | CPU seconds at each size | time exponent | peak RSS at each size (MB) | bytes of RSS per input byte (largest) |")
print("|---|---|---|---:|---|---:|")
worst = 0.0
for kind, points in rows.items():
    time_exponent = slope([(size, seconds) for size, seconds, _ in points])
    worst = max(worst, time_exponent)
    largest = max(points)
    print(f"| {kind} | {' '.join(f'{size / 1e6:.0f}' for size, _, _ in points)} "
          f"| {' '.join(f'{seconds:.2f}' for _, seconds, _ in points)} | {time_exponent:.2f} "
          f"| {' '.join(f'{rss / 1024:.0f}' for _, _, rss in points)} | {largest[2] * 1024 / largest[0]:.1f} |")
print(f"\nworst time exponent {worst:.2f} (target ≤ {TARGET})")
sys.exit(0 if worst <= TARGET else 1)

"""Runs a command; prints '<wall seconds> <cpu seconds>' (CPU = user + system of the child)."""
import os
import subprocess
import sys
import time

start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(process.pid, 0)
wall = time.perf_counter() - start
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(f"command failed: {' '.join(sys.argv[1:])}")
print(f"{wall:.4f} {usage.ru_utime + usage.ru_stime:.4f}")

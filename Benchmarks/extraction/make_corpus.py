"""Copies French articles round-robin into DEST until about TARGET_MB megabytes are written."""
import pathlib
import sys

source, dest, target_mb = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), float(sys.argv[3])
french = sorted(p for p in source.glob("*.txt") if p.name.startswith("fr-") or "-fr-" in p.name or p.name.endswith(".fr.txt"))
if not french:
    sys.exit(f"no French articles (fr-*.txt, *-fr-*.txt, *.fr.txt) in {source}")
dest.mkdir(parents=True)
written, index = 0, 0
while written < target_mb * 1_000_000:
    text = french[index % len(french)].read_text(encoding="utf-8")
    (dest / f"copy-{index:05d}.txt").write_text(text, encoding="utf-8")
    written += len(text.encode("utf-8"))
    index += 1
print(f"{index} files, {written / 1_000_000:.2f} MB from {len(french)} articles")

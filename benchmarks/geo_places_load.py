"""Load cost of the GeoNames city table (analyze/geo_places.py): time, memory, size.

Run: .venv/bin/python benchmarks/geo_places_load.py
Prints one JSON object: seconds to build the table on first use, peak resident memory
before and after (MB), and the number of names. The table loads lazily, once per process.
"""

from __future__ import annotations

import json
import resource
import time


def main() -> None:
    from newsprism.analyze import geo_places

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    names = geo_places.cities()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    for _ in range(100_000):
        geo_places.city_place("Daugavpils", {"LVA"})
    lookup_us = (time.perf_counter() - started) * 10
    print(json.dumps({"file": geo_places.CITY_FILE, "names": len(names), "load_seconds": round(seconds, 3),
                      "peak_rss_mb_before": round(before, 1), "peak_rss_mb_after": round(after, 1),
                      "lookup_microseconds": round(lookup_us, 2)}))


if __name__ == "__main__":
    main()

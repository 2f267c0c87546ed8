"""Messages per second of the redaction engine on one core, in process.

Runs detect + pseudonymise over the sample corpus repeated to about 20,000
messages (start-up excluded: the chat pipeline imports the engine once).
Usage: python bench/redaction/throughput.py [CORPUS] [N]
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from compliance.redaction import detect, pseudonymise  # noqa: E402


def main() -> None:
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/pii-dev/corpus.jsonl"
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    with open(corpus, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    messages = (records * (total // len(records) + 1))[:total]
    for record in records:  # warm-up: regex caches, phonenumbers metadata
        detect(record["text"], record["lang"])
    start, cpu_start = time.perf_counter(), time.process_time()
    for record in messages:
        pseudonymise(record["text"], detect(record["text"], record["lang"]))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    chars = sum(len(r["text"]) for r in messages)
    # CPU time is the fair figure on a shared machine; wall time is shown as well.
    print(
        f"{len(messages)} messages ({chars / len(messages):.0f} chars avg), pinned to one core: "
        f"{len(messages) / cpu:.0f} messages/s of CPU time, {len(messages) / elapsed:.0f} messages/s wall clock"
    )


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Redaction benchmark: quality on the annotated sample via the CLI, then throughput in process.
# Run from anywhere; paths are relative to the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
CORPUS=${1:-../shared/pii-dev/corpus.jsonl}
"$PY" ../shared/pii-dev/evaluate.py "$CORPUS" -- "$PY" manage.py redact --jsonl
echo
"$PY" bench/redaction/throughput.py "$CORPUS" 20000

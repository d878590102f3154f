#!/usr/bin/env bash
# The API's memory, two builds side by side (issue 24: "the bench figures do not get worse"): for each of ROUNDS
# alternating pairs, each build's API is started alone on the bench's dataset, read at rest, then driven for 10 s with
# `order(id)` (partner admin, 32 connections), and read again. Printed per run:
#   idle   RSS before any request (code, schema, metadata);
#   after  RSS right after the load (where the collector happens to stand: the bench's "RSS after order(id)");
#   peak   the highest RSS of the process (VmHWM);
#   live   the heap left by the last full collection (`--trace-gc`): what the process really holds;
#   req/s  and KB allocated per request (the heap's growth between collections during the load, divided by the
#          requests: a comparison between builds, not an absolute figure).
#
# Usage: test/bench/memory-pairs.sh <tree A> <tree B> [rounds]
#   Each tree is a checkout built with `npx tsc -p tsconfig.bench.json` (what `npm run bench` builds).
#   BENCH_DATABASE: the seeded bench database (default: ph_bench on 127.0.0.1:5432, which
#   `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432 npm run bench -- --quick --only=order` creates and seeds).
set -euo pipefail
A=$(cd "$1" && pwd)
B=$(cd "$2" && pwd)
ROUNDS=${3:-5}
DB=${BENCH_DATABASE:-postgres://postgres@127.0.0.1:5432/ph_bench}
PORT=${PORT:-7370}
HERE=$(cd "$(dirname "$0")" && pwd)
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT

one() {
  local tree=$1 label=$2 round=$3 log="$LOG/$2-$3.log"
  (cd "$tree" && exec env ADMIN_EMAIL=admin@bench.example ADMIN_PASSWORD='Bench-admin-pass-2026!' DATABASE_URL="$DB" NODE_ENV=production \
    METRICS_TOKEN=metrics-token-0123456789 LOG_LEVEL=warn PH_MODE=api PORT=$PORT API_RATE_LIMIT_PER_MINUTE=1000000000 \
    node --trace-gc dist/bench/server/main.js) >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 200); do curl -sf "localhost:$PORT/healthz" >/dev/null && break; sleep 0.3; done
  sleep 2
  local idle after peak requests start
  idle=$(awk '/VmRSS/ { print int($2 / 1024) }' /proc/$pid/status)
  start=$(wc -l <"$log")
  requests=$(node "$HERE/load-order.mjs" "$PORT" 10 "$DB")
  after=$(awk '/VmRSS/ { print int($2 / 1024) }' /proc/$pid/status)
  peak=$(awk '/VmHWM/ { print int($2 / 1024) }' /proc/$pid/status)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  python3 - "$log" "$label" "$round" "$idle" "$after" "$peak" "$requests" "$start" <<'PY'
import re, sys
log, label, round_, idle, after, peak, requests, start = sys.argv[1:]
prev = None; grown = 0.0; live = None
for number, line in enumerate(open(log)):
    m = re.search(r'(Scavenge|Mark-Compact|Mark-sweep)[^0-9]*([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB', line)
    if not m: continue
    before, now = float(m.group(2)), float(m.group(4))
    if prev is not None and before > prev and number >= int(start): grown += before - prev
    prev = now
    if m.group(1) != 'Scavenge': live = now
n, rps = requests.split()
print(f"{round_} {label}: idle {idle} MB, after {after} MB, peak {peak} MB, live {live} MB, {float(rps):.0f} req/s, {grown * 1024 / max(int(n), 1):.0f} KB allocated per request")
PY
}

for round in $(seq 1 "$ROUNDS"); do
  one "$A" A "$round"
  one "$B" B "$round"
done

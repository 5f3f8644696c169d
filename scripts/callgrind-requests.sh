#!/usr/bin/env bash
# Instructions per cached request of `cpt-explain serve`, counted by callgrind: unlike requests per
# second, the count does not move with whatever else the machine is doing.
#
# Usage: scripts/callgrind-requests.sh [BINARY ...]   (default: this checkout's release build)
#
# Each binary serves on 127.0.0.1 under callgrind; after 2,000 requests to warm it, the count is zeroed,
# REQUESTS (default 20,000) requests of GET /v1/explanations/62324?lang=es go over 32 keep-alive
# connections (the request wrk sends in scripts/load-test.sh), and the count is taken. Every thread of
# the server is counted (the log's writer too); the client is not. Needs valgrind (apt-get install
# valgrind) and python3. With KEEP=1 the callgrind files stay for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "missing valgrind: apt-get install valgrind" >&2; exit 2; }
requests=${REQUESTS:-20000}
connections=32
if [ $# -eq 0 ]; then
    cargo build --release --locked --quiet
    set -- "${CARGO_TARGET_DIR:-target}/release/cpt-explain"
fi
work=$(mktemp -d)
vg=""
cleanup() {
    [ -n "$vg" ] && kill "$vg" 2>/dev/null || true
    [ "${KEEP:-}" = 1 ] && echo "callgrind files in $work" || rm -rf "$work"
}
trap cleanup EXIT
cat > "$work/client.py" <<'PY'
"""Sends exactly N requests over C keep-alive connections and checks that every answer is a 200."""
import asyncio, sys

async def connection(port, path, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    for _ in range(n):
        writer.write(request)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200 "):
            raise SystemExit(f"not a 200: {head[:40]!r}")
        length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
        await reader.readexactly(length)
    writer.close()
    await writer.wait_closed()

async def main(port, path, n, c):
    await asyncio.gather(*(connection(port, path, n // c) for _ in range(c)))

asyncio.run(main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
PY
path="/v1/explanations/62324?lang=es"
port=18090
for binary in "$@"; do
    port=$((port + 1))
    out="$work/callgrind.$port"
    valgrind --tool=callgrind --callgrind-out-file="$out.%p" "$binary" serve --addr 127.0.0.1:$port 2>"$work/serve.$port.log" &
    vg=$!
    for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
    python3 "$work/client.py" $port "$path" 2000 $connections
    callgrind_control --zero $vg >/dev/null 2>&1
    python3 "$work/client.py" $port "$path" "$requests" $connections
    callgrind_control --dump $vg >/dev/null 2>&1
    kill -TERM $vg
    wait $vg || true
    vg=""
    total=$(awk '/^(summary|totals):/ {print $2; exit}' "$out".*.1)
    echo "$binary: $((total / requests)) instructions per request ($total for $requests requests)"
done

#!/usr/bin/env bash
# Load and soak test of `cpt-explain serve` on loopback, side by side with nginx serving the same JSON bytes
# as a static file. Needs wrk and nginx (apt-get install wrk nginx-light); traffic stays on 127.0.0.1.
# Usage: scripts/load-test.sh [soak seconds, default 60]
# ROUNDS=n sets the rounds of the throughput comparison (default 3). COMPARE=/path/to/cpt-explain adds
# another build of the service to every round (an older release, say), served side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
soak=${1:-60}
rounds=${ROUNDS:-3}
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light curl" >&2; exit 2; }; done
cargo build --release --locked --quiet
binary="${CARGO_TARGET_DIR:-target}/release/cpt-explain"
work=$(mktemp -d)
chmod 755 "$work"  # nginx workers read the static file as another user
# Four free ports on loopback (others may be testing on this machine too).
read -r p1 p2 p3 p4 < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
ours=127.0.0.1:$p1
debian=127.0.0.1:$p2
nolog=127.0.0.1:$p3
other=127.0.0.1:$p4
"$binary" serve --addr $ours 2>"$work/serve.log" &
server=$!
compared=""
if [ -n "${COMPARE:-}" ]; then
    "$COMPARE" serve --addr $other 2>/dev/null &
    compared=$!
fi
nginx_pid=""
cleanup() {
    kill "$server" 2>/dev/null || true
    [ -n "$compared" ] && kill "$compared" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do curl -fs "http://$ours/healthz" >/dev/null && break; sleep 0.1; done
if [ -n "$compared" ]; then
    for _ in $(seq 50); do curl -fs "http://$other/healthz" >/dev/null && break; sleep 0.1; done
    cmp -s <(curl -fs "http://$other/v1/explanations/62324?lang=es") <(curl -fs "http://$ours/v1/explanations/62324?lang=es") \
        || echo "note: $COMPARE serves other bytes for the same request" >&2
fi

# The same bytes, served by nginx as a static file, twice: with Debian's http defaults (sendfile, an access
# log line per request, as we log one) and, stricter, with no access log at all.
mkdir -p "$work/www/v1/explanations"
curl -fs "http://$ours/v1/explanations/62324?lang=es" > "$work/www/v1/explanations/62324"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    sendfile on;
    tcp_nopush on;
    default_type application/json;
    server { listen $debian; root $work/www; access_log $work/nginx-access.log; }
    server { listen $nolog; root $work/www; access_log off; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 50); do curl -fs "http://$nolog/v1/explanations/62324" >/dev/null && break; sleep 0.1; done
cmp -s <(curl -fs "http://$debian/v1/explanations/62324") <(curl -fs "http://$ours/v1/explanations/62324?lang=es") \
    || { echo "nginx does not serve the same bytes" >&2; exit 1; }

# Rounds alternate between the servers, so a slow moment of the machine hits them alike; the
# median round is reported. Beside requests per second, each round counts the CPU time the server
# spent (user and system, from /proc) per request, which moves far less with the machine's other load.
nginx_workers=$(pgrep -P "$nginx_pid" | tr '\n' ' ')
targets=("cpt-explain serve|http://$ours/v1/explanations/62324?lang=es|$server")
[ -n "$compared" ] && targets+=("cpt-explain serve, COMPARE|http://$other/v1/explanations/62324?lang=es|$compared")
targets+=("nginx, Debian defaults|http://$debian/v1/explanations/62324|$nginx_workers"
          "nginx, no access log|http://$nolog/v1/explanations/62324|$nginx_workers")
# Clock ticks of user and system time of these processes, all their threads.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo $total
}
hz=$(getconf CLK_TCK)
echo "== GET /v1/explanations/62324?lang=es, 32 connections, 2 wrk threads, ${rounds} rounds of 10 s each"
uptime
: > "$work/results"
for round in $(seq $rounds); do
    for target in "${targets[@]}"; do
        IFS='|' read -r name url pids <<<"$target"
        # shellcheck disable=SC2086 # a list of pids
        before=$(cpu_ticks $pids)
        out=$(wrk -t2 -c32 -d10s --latency "$url")
        # shellcheck disable=SC2086
        after=$(cpu_ticks $pids)
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        count=$(awk '/requests in/ {print $1}' <<<"$out")
        cpu_us=$(( (after - before) * 1000000 / hz * 100 / count ))
        errors=$(grep -cE "Socket errors|Non-2xx" <<<"$out" || true)
        echo "round $round  $name: $rps req/s, p99 $p99, CPU $((cpu_us / 100)).$(printf %02d $((cpu_us % 100))) us/request"
        [ "$errors" = 0 ] || grep -E "Socket errors|Non-2xx" <<<"$out"
        echo "$name|$rps|$p99|$errors|$cpu_us" >> "$work/results"
    done
done
python3 - "$work/results" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("|") for line in open(sys.argv[1])]
def ms(v):
    return float(v[:-2]) if v.endswith("ms") else float(v[:-2]) / 1000 if v.endswith("us") else float(v[:-1]) * 1000
names = list(dict.fromkeys(r[0] for r in rows))
median = {n: statistics.median(float(r[1]) for r in rows if r[0] == n) for n in names}
cpu = {n: statistics.median(int(r[4]) / 100 for r in rows if r[0] == n) for n in names}
print("-- median of the rounds")
for n in names:
    p99 = statistics.median(ms(r[2]) for r in rows if r[0] == n)
    errors = sum(int(r[3]) for r in rows if r[0] == n)
    print(f"{n:27} {median[n]:9.0f} req/s   p99 {p99:5.2f} ms   CPU {cpu[n]:5.2f} us/request   wrk error lines (socket errors, non-2xx): {errors}")
services = [n for n in names if n.startswith("cpt-explain")]
for s in services:
    for n in names:
        if not n.startswith("cpt-explain"):
            print(f"{s} / {n}: {median[s] / median[n]:.2f} (req/s), {cpu[n] / cpu[s]:.2f} (CPU per request, theirs / ours)")
PY
uptime

echo "== soak: ${soak} s of mixed good and bad requests"
cat > "$work/mixed.lua" <<'LUA'
local paths = {
  "/v1/explanations/62324?lang=es", "/v1/explanations/62325", "/v1/explanations/77003?lang=ar",
  "/v1/explanations/99999", "/v1/explanations/62A24", "/v1/explanations/%2e%2e%2f", "/v1/explanations/62324?lang=pt",
  "/explain/62324?lang=ko", "/v1/codes?lang=vi", "/v1/locales", "/nothing",
  "/infobutton?mainSearchCriteria.v.c=62324&mainSearchCriteria.v.cs=2.16.840.1.113883.6.12&informationRecipient.languageCode.c=sp",
  "/infobutton?mainSearchCriteria.v.c=62324&knowledgeResponseType=application/javascript&callback=a.b",
  "/v1/explanations/62326/handout.html?lang=fr",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
local s5 = 0
response = function(status, headers, body)
  if status >= 500 then s5 = s5 + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, 5xx: %d, socket errors: connect %d read %d write %d timeout %d\n",
    summary.requests, s5, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
# Warm every cache entry the mix touches, then take the starting memory.
wrk -t1 -c4 -d2s -s "$work/mixed.lua" "http://$ours" >/dev/null
before=$(rss)
wrk -t2 -c32 -d"${soak}s" -s "$work/mixed.lua" "http://$ours" | grep -E "requests:|Requests/sec"
after=$(rss)
echo "resident memory: ${before} KiB before, ${after} KiB after ($(( (after - before) * 100 / before ))%)"
# Stop the server so it writes out its buffered request log, then count the 5xx lines in it.
kill -TERM "$server"
wait "$server" || true
grep -c " 5[0-9][0-9] [0-9]*us$" "$work/serve.log" | sed 's/^/5xx lines in the server log: /' || true
echo "request lines in the server log: $(grep -c "us$" "$work/serve.log")"

#!/usr/bin/env bash
# Load and soak test of `cpt-explain serve` on loopback, side by side with nginx serving the same JSON bytes
# as a static file. Needs wrk and nginx (apt-get install wrk nginx-light); traffic stays on 127.0.0.1.
# Usage: scripts/load-test.sh [soak seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
soak=${1:-60}
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light curl" >&2; exit 2; }; done
cargo build --release --locked --quiet
work=$(mktemp -d)
chmod 755 "$work"  # nginx workers read the static file as another user
ours=127.0.0.1:18080
theirs=127.0.0.1:18081
target/release/cpt-explain serve --addr $ours 2>"$work/serve.log" &
server=$!
nginx_pid=""
cleanup() {
    kill "$server" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do curl -fs "http://$ours/healthz" >/dev/null && break; sleep 0.1; done

# The same bytes, served by nginx as a static file.
mkdir -p "$work/www/v1/explanations"
curl -fs "http://$ours/v1/explanations/62324?lang=es" > "$work/www/v1/explanations/62324"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    server { listen $theirs; root $work/www; etag on; }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 50); do curl -fs "http://$theirs/v1/explanations/62324" >/dev/null && break; sleep 0.1; done

echo "== GET /v1/explanations/62324?lang=es, 32 connections, 2 threads, 15 s"
echo "-- nginx, static file"
wrk -t2 -c32 -d15s --latency "http://$theirs/v1/explanations/62324" | grep -E "Requests/sec|Latency|99%|Socket|Non-2xx"
echo "-- cpt-explain serve"
wrk -t2 -c32 -d15s --latency "http://$ours/v1/explanations/62324?lang=es" | grep -E "Requests/sec|Latency|99%|Socket|Non-2xx"

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
grep -c " 5[0-9][0-9] " "$work/serve.log" | sed 's/^/5xx lines in the server log: /' || true

#!/usr/bin/env bash
# Schemathesis against the release binary: does /openapi.json describe the server exactly?
#
#   scripts/schemathesis.sh            (after `cargo build --release`)
#
# Makes a virtual environment with a pinned Schemathesis under ${CARGO_TARGET_DIR:-target}/venv-schemathesis,
# starts `cpt-explain serve` on a free loopback port, runs every check of `schemathesis run` against
# http://127.0.0.1:PORT/openapi.json (bounded: MAX_EXAMPLES cases per operation and phase, the whole run
# under `timeout`), stops the server and exits non-zero on any failure, including a server that does not
# start or stop cleanly.
#
# Environment: CPT_EXPLAIN (the binary; default target/release/cpt-explain), MAX_EXAMPLES (default 30),
# SEED (default fixed, so a run can be repeated; SEED=random for a new one), ST_TIMEOUT (seconds, default
# 600), ST_WORKERS (default 2), PYTHON (default python3), SPEC (test this file against the server instead of
# the /openapi.json it serves, which is the one compiled in: handy while editing it), ST_EXTRA (more
# `st run` arguments, e.g. "--phases fuzzing --report ndjson").
#
# Traffic goes to 127.0.0.1 only.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ST_VERSION=4.32.5
TARGET=${CARGO_TARGET_DIR:-target}
[[ "$TARGET" == /* ]] || TARGET="$ROOT/$TARGET"
VENV="$TARGET/venv-schemathesis"
BIN=${CPT_EXPLAIN:-$TARGET/release/cpt-explain}
MAX_EXAMPLES=${MAX_EXAMPLES:-30}
SEED=${SEED:-20261129}
ST_TIMEOUT=${ST_TIMEOUT:-600}
ST_WORKERS=${ST_WORKERS:-2}
PYTHON=${PYTHON:-python3}

if [[ ! -x "$BIN" ]]; then
    echo "schemathesis.sh: no binary at $BIN: run 'cargo build --release' first (or set CPT_EXPLAIN)" >&2
    exit 2
fi

# The virtual environment, made once and reused while it holds the pinned version.
if [[ "$("$VENV/bin/st" --version 2>/dev/null || true)" != *"version $ST_VERSION"* ]]; then
    echo "schemathesis.sh: installing schemathesis $ST_VERSION into $VENV" >&2
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cpt-explain-schemathesis.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# `format: handout-pdf-text` in openapi.json names the PDF's rule that every character of a personal field
# must be one the bundled fonts can print, which no JSON Schema keyword can say. For Schemathesis that is
# text drawn from characters those fonts have (checked against their cmaps): ASCII, Latin-1, Latin
# Extended-A, Cyrillic, Arabic letters, Vietnamese, and some Hangul and Chinese. Negative cases cannot
# break a format, so the other keywords (maxLength, type) are what they test there.
cat >"$WORK/hooks.py" <<'EOF'
import schemathesis
from hypothesis import strategies as st

RANGES = [
    (0x20, 0x7E), (0xA0, 0x17F), (0x400, 0x44F), (0x621, 0x63A), (0x641, 0x64A),
    (0x1EA0, 0x1EF9), (0xAC00, 0xAC40), (0x2010, 0x2027),
]
CHARS = [chr(c) for low, high in RANGES for c in range(low, high + 1)] + list("王小明李华张伟中文")
schemathesis.openapi.format("handout-pdf-text", st.text(alphabet=st.sampled_from(CHARS), max_size=200))
EOF

# The documented limits on a whole request, which no parameter's schema can state: a request target over
# 2048 bytes (414), headers over 16 KiB (431), a body over 16 KiB (413). A request past one of them is
# refused whether or not each parameter is valid (four personal fields of 200 characters fit a POST body,
# not a URL), so those statuses count as a rejection of invalid data and are allowed for valid data too.
# Nothing else is: the server never answers 401, 403, 406, 409, 428 or 429, so they are not accepted as a
# rejection, and valid data must get 2xx, 304 or 404 (a five-digit code we do not explain).
#
# Half the codes in paths are ones we explain, so the handouts get typeset with fuzzed fields, not only 404s.
#
# A PDF handout takes no values carried over from other operations: Schemathesis reuses a patient_name
# that the HTML handout accepted, but the PDF can print fewer characters than HTML can show.
cat >"$WORK/schemathesis.toml" <<EOF
hooks = "$WORK/hooks.py"

[dictionaries.codes]
values = ["62320", "62321", "62322", "62323", "62324", "62325", "62326", "62327", "77003"]

[parameters]
"path.code" = { dictionary = "codes", probability = 0.5 }

[checks.negative_data_rejection]
expected-statuses = [400, 404, 405, 413, 414, 415, 422, 431]

[checks.positive_data_acceptance]
expected-statuses = ["2xx", 304, 404, 413, 414, 431]

[[operations]]
include-path-regex = "handout[.]pdf$"
phases.examples.extra-data-sources.responses = false
phases.coverage.extra-data-sources.responses = false
phases.fuzzing.extra-data-sources.responses = false
EOF

"$BIN" serve --addr 127.0.0.1:0 --render-wait 30 2>"$WORK/server.log" &
SERVER_PID=$!
ADDR=
for _ in $(seq 1 100); do
    ADDR=$(sed -n 's|.*listening on http://\(127\.0\.0\.1:[0-9]*\).*|\1|p' "$WORK/server.log" | head -n 1)
    [[ -n "$ADDR" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$ADDR" ]]; then
    echo "schemathesis.sh: the server did not start:" >&2
    cat "$WORK/server.log" >&2
    exit 1
fi
echo "schemathesis.sh: server pid $SERVER_PID on http://$ADDR; schemathesis $ST_VERSION, seed $SEED, $MAX_EXAMPLES examples" >&2

# The document the server serves, read into a file first: given its URL, Schemathesis leaves that URL's own
# operation (GET /openapi.json) untested.
if [[ -n "${SPEC:-}" ]]; then
    SPEC_FILE="$(cd "$(dirname "$SPEC")" && pwd)/$(basename "$SPEC")"
else
    SPEC_FILE="$WORK/openapi.json"
    "$VENV/bin/python" -c 'import sys, urllib.request; open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1], timeout=10).read())' \
        "http://$ADDR/openapi.json" "$SPEC_FILE"
fi
LOCATION=("$SPEC_FILE" --url "http://$ADDR")
SEED_ARGS=(--seed "$SEED")
[[ "$SEED" == random ]] && SEED_ARGS=()
status=0
(
    cd "$WORK"
    timeout --kill-after=10 "$ST_TIMEOUT" "$VENV/bin/st" --config-file "$WORK/schemathesis.toml" run \
        "${LOCATION[@]}" \
        --checks all \
        --max-examples "$MAX_EXAMPLES" \
        "${SEED_ARGS[@]}" \
        --workers "$ST_WORKERS" \
        --generation-database none \
        --request-timeout 30 \
        --no-color ${ST_EXTRA:-}
) || status=$?
if [[ $status -eq 124 || $status -eq 137 ]]; then
    echo "schemathesis.sh: schemathesis did not finish within $ST_TIMEOUT s" >&2
fi

# The server must have survived the run, and stop cleanly.
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "schemathesis.sh: the server died during the run:" >&2
    tail -n 20 "$WORK/server.log" >&2
    status=1
else
    kill -TERM "$SERVER_PID"
    # It has --grace (10 s) to finish; none of Schemathesis's connections is left by now.
    for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "schemathesis.sh: the server was still running 15 s after SIGTERM" >&2
        status=1
    else
        server_status=0
        wait "$SERVER_PID" || server_status=$?
        SERVER_PID=
        if [[ $server_status -ne 0 ]]; then
            echo "schemathesis.sh: the server exited $server_status after SIGTERM" >&2
            status=1
        fi
    fi
fi
if grep -E ' (ERROR|WARN) ' "$WORK/server.log" >&2; then
    echo "schemathesis.sh: the server logged the errors above" >&2
    status=1
fi
# Access-log lines end in "STATUS TIMEus"; Schemathesis reports any 5xx too, this only says which.
if grep -E ' 5(0[0-24-9]|[1-9][0-9]) [0-9]+us$' "$WORK/server.log" >&2; then
    echo "schemathesis.sh: the server answered 5xx (other than 503) to the requests above" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "schemathesis.sh: no failures" >&2
exit "$status"

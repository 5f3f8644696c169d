#!/usr/bin/env bash
# Makes tests/data/review/signed-off: English and Spanish as they are in locales/ now, every unit
# signed off by a made-up reviewer through the review commands themselves (export, mark every unit
# final, import): the fixture for the `reviewed` path. These are test data, not real sign-offs: the
# reviewer's name and qualification say so, and nothing here is read outside the tests.
# Run it when the explanation builder starts to show a new message; the tests name the fixture's
# commit in their failure message when it is out of date.
# Usage: scripts/make-review-fixture.sh [path to a built cpt-explain]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-${CARGO_TARGET_DIR:-target}/release/cpt-explain}"
out=tests/data/review/signed-off
rm -rf "$out"
mkdir -p "$out/en" "$out/es"
cp locales/en/*.ftl "$out/en/"
cp locales/es/*.ftl "$out/es/"
# The two rows of the locale table, as they are in locales/locales.toml.
python3 - "$out/locales.toml" <<'PY'
import re, sys
table = open("locales/locales.toml", encoding="utf-8").read()
rows = re.split(r"(?m)^(?=\[\[locale\]\])", table)
keep = [r for r in rows if re.search(r'(?m)^tag = "(en|es)"$', r)]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# English and Spanish only: the review fixture (scripts/make-review-fixture.sh).\n\n")
    f.write("".join(keep).rstrip() + "\n")
PY
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sign() { # locale kind reviewer qualification
    "$bin" review export --locales "$out" --lang "$1" --kind "$2" -o "$work/$1.xlf"
    sed 's/state="translated"/state="final"/' "$work/$1.xlf" >"$work/$1-final.xlf"
    "$bin" review import "$work/$1-final.xlf" --locales "$out" --reviewer "$3" \
        --qualification "$4" --date 2026-12-01
}
sign en clinical "Test Clinician (fixture)" "Made-up test data, not a real sign-off"
sign es translation "Test Translator (fixture)" "Made-up test data, not a real sign-off"
"$bin" review status --locales "$out"

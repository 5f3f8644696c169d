#!/usr/bin/env bash
# Times whole fresh processes with hyperfine: one explanation, one PDF handout, and the batch of all handouts.
# Usage: scripts/bench-process.sh   (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
bin=target/release/cpt-explain
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
hyperfine --warmup 3 --runs 30 --export-markdown "$out/process.md" \
    -n "explain 62324 --lang ar" "$bin explain 62324 --lang ar" \
    -n "handout 62324 --lang ar (PDF)" "$bin handout 62324 --lang ar --format pdf -o $out/h.pdf" \
    -n "handout 62324 --lang zh-Hans (PDF)" "$bin handout 62324 --lang zh-Hans --format pdf -o $out/h.pdf"
hyperfine --warmup 1 --runs 5 \
    -n "handouts: all 90 PDF + 90 HTML" "$bin handouts --out $out/all" \
    -n "handouts: all 90 PDF" "$bin handouts --out $out/pdf --format pdf" \
    -n "handouts: all 90 HTML" "$bin handouts --out $out/html --format html"

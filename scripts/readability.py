#!/usr/bin/env python3
"""Scores texts with textstat's Flesch-Kincaid grade.

Reads a JSON object {name: text} on stdin and writes {name: grade} on stdout.
Used by tests/it/readability.rs; needs `pip install textstat==0.7.3` (scripts/test does it).
"""
import json
import sys

import textstat

docs = json.load(sys.stdin)
json.dump({name: textstat.flesch_kincaid_grade(text) for name, text in docs.items()}, sys.stdout)

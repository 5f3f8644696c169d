#!/usr/bin/env python3
"""Reads an XLIFF 2.0 file with translate-toolkit, an XLIFF reader independent of ours.

Writes a JSON list on stdout, one object per unit: id, source and target text (placeholders left out),
whether the unit is final (approved), and how many placeholders its source and target hold.
Used by tests/it/review.rs; needs `pip install translate-toolkit==3.20.4` (scripts/test does it).
"""
import json
import sys

from translate.storage import xliff2


def placeholders(rich):
    count = 0
    for strand in rich:
        for elem in strand.flatten():
            node = getattr(elem, "xml_node", None)
            if node is not None and node.tag.endswith("}ph"):
                count += 1
    return count


with open(sys.argv[1], "rb") as f:
    store = xliff2.Xliff2File.parsefile(f)
json.dump(
    {
        "source_language": store.sourcelanguage,
        "target_language": store.targetlanguage,
        "units": [
            {
                "id": unit.getid(),
                "source": str(unit.source),
                "target": str(unit.target),
                "final": bool(unit.isapproved()),
                "source_placeholders": placeholders(unit.rich_source),
                "target_placeholders": placeholders(unit.rich_target),
            }
            for unit in store.units
            if not unit.isheader()
        ],
    },
    sys.stdout,
    ensure_ascii=False,
)

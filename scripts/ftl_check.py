#!/usr/bin/env python3
"""Checks one locale's .ftl files against English: parse errors, and the same
messages, attributes, variables and selector keys. A quick aid for translators;
the Rust tests (tests/it/locales.rs) are the real gate.

Usage: python3 scripts/ftl_check.py es
"""
import pathlib
import sys

from fluent.syntax import FluentParser, ast, visitor

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"


class Collect(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.vars = set()
        self.keys = set()
        self.terms = set()

    def visit_VariableReference(self, node):
        self.vars.add(node.id.name)

    def visit_TermReference(self, node):
        self.terms.add(node.id.name)

    def visit_Variant(self, node):
        key = node.key.name if isinstance(node.key, ast.Identifier) else node.key.value
        self.keys.add(("*" if node.default else "") + key)
        self.generic_visit(node)


def load(tag):
    entries, problems = {}, []
    for path in sorted((ROOT / tag).glob("*.ftl")):
        res = FluentParser().parse(path.read_text(encoding="utf-8"))
        for e in res.body:
            if isinstance(e, ast.Junk):
                problems.append(f"{path.name}: parse error near: {e.content.strip()[:80]!r}")
            elif isinstance(e, (ast.Message, ast.Term)):
                prefix = "-" if isinstance(e, ast.Term) else ""
                parts = {"": e.value} if e.value else {}
                parts.update({"." + a.id.name: a.value for a in e.attributes})
                for name, pattern in parts.items():
                    c = Collect()
                    c.visit(pattern)
                    entries[prefix + e.id.name + name] = c
    return entries, problems


def main():
    tag = sys.argv[1]
    en, _ = load("en")
    other, problems = load(tag)
    for key in sorted(set(en) - set(other)):
        if not key.startswith("-") or "." not in key:
            problems.append(f"missing: {key}")
    for key in sorted(set(other) - set(en)):
        if not key.startswith("-"):
            problems.append(f"not in English: {key}")
    for key in sorted(set(en) & set(other)):
        if key.startswith("-"):
            continue
        a, b = en[key], other[key]
        if a.vars != b.vars:
            problems.append(f"{key}: variables {sorted(b.vars)} but English has {sorted(a.vars)}")
        if a.keys - b.keys:
            problems.append(f"{key}: selector keys {sorted(a.keys - b.keys)} missing")
    defined = {k for k in other if k.startswith("-") and "." not in k}
    for key, c in other.items():
        for t in c.terms:
            if "-" + t not in defined:
                problems.append(f"{key}: uses undefined term -{t}")
    for p in problems:
        print(p)
    print(f"{tag}: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Puts pictures of where (SVG files from `cpt-explain picture`) side by side in one SVG, for the README.

Usage: scripts/side-by-side.py OUT.svg A.svg B.svg ...
Then, for a PNG: rsvg-convert -w 1080 OUT.svg -o OUT.png   (Debian: librsvg2-bin)

Each picture keeps its own coordinates inside a nested <svg>; ids are dropped, since two pictures would
repeat them. Built with ElementTree, so every value stays escaped.
"""

import sys
import xml.etree.ElementTree as ET

NS = "http://www.w3.org/2000/svg"
GAP = 20


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, inputs = sys.argv[1], sys.argv[2:]
    ET.register_namespace("", NS)
    pictures = [ET.parse(path).getroot() for path in inputs]
    width = sum(float(p.get("width")) for p in pictures) + GAP * (len(pictures) - 1)
    height = max(float(p.get("height")) for p in pictures)
    root = ET.Element(f"{{{NS}}}svg", {
        "width": f"{width:g}",
        "height": f"{height:g}",
        "viewBox": f"0 0 {width:g} {height:g}",
    })
    ET.SubElement(root, f"{{{NS}}}rect", {"width": "100%", "height": "100%", "fill": "#ffffff"})
    x = 0.0
    for picture in pictures:
        for element in picture.iter():
            element.attrib.pop("id", None)
        picture.set("x", f"{x:g}")
        root.append(picture)
        x += float(picture.get("width")) + GAP
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    main()

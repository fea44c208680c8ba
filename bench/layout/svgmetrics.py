#!/usr/bin/env python3
"""Legibility of a network map, measured on the written picture (issue 13), not on the layout's data.

    python3 bench/layout/svgmetrics.py MAP.svg [MAP.svg...]          # maps written by valuenet render / LayoutBench
    python3 bench/layout/svgmetrics.py --plain G.plain G.communities  # a Graphviz -Tplain layout of LayoutBench's G.gv

Per picture, one line:
  scale      the scale at which the whole picture fits a 1600 x 1000 view: min(1600 / width, 1000 / height)
             (the SVG's own width and height, legend and header included; Graphviz: its layout's extent, 72 px/inch)
  overlaps   pairs of boxes whose rectangles intersect (touching borders do not count)
  ratio      community ratio: mean distance between the centres of two boxes of one Leiden community /
             mean distance between centres of boxes of different communities (the map's
             data-community attributes; boxes without one are left out). Lower is better separated.
Boxes are the first <rect> of each <g class="node"> (an articulation point's dashed halo comes first and
is skipped: the box is the rect with a fill other than none), offset by the translate() of the enclosing group.
"""

import math
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def boxes_from_svg(path):
    root = ET.parse(path).getroot()
    width, height = float(root.get("width")), float(root.get("height"))
    boxes = []

    def walk(element, dx, dy):
        t = element.get("transform")
        if t:
            m = re.match(r"translate\(([-\d.eE]+)[, ]\s*([-\d.eE]+)\)", t)
            if m:
                dx, dy = dx + float(m.group(1)), dy + float(m.group(2))
        if element.tag == SVG + "g" and "node" in (element.get("class") or "").split():
            for rect in element.iter(SVG + "rect"):
                if rect.get("fill") != "none":
                    c = element.get("data-community")
                    boxes.append((dx + float(rect.get("x")), dy + float(rect.get("y")), float(rect.get("width")),
                                  float(rect.get("height")), int(c) if c is not None else None))
                    break
            return
        for child in element:
            walk(child, dx, dy)

    walk(root, 0.0, 0.0)
    return width, height, boxes


def boxes_from_plain(path, communities_path):
    community = {}
    with open(communities_path) as f:
        for line in f:
            name, c = line.split()
            community[name] = int(c)
    boxes = []
    width = height = 0.0
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts and parts[0] == "graph":
                width, height = float(parts[2]) * 72, float(parts[3]) * 72
            elif parts and parts[0] == "node":
                x, y, w, h = (float(v) * 72 for v in parts[2:6])
                c = community.get(parts[1], -1)
                boxes.append((x - w / 2, y - h / 2, w, h, c if c >= 0 else None))
    return width, height, boxes


def overlaps(boxes):
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    widest = max((b[2] for b in boxes), default=0)
    count = 0
    for p, i in enumerate(order):
        xi, yi, wi, hi, _ = boxes[i]
        for j in order[p + 1:]:
            xj, yj, wj, hj, _ = boxes[j]
            if xj - xi >= widest:
                break
            if xi < xj + wj and xj < xi + wi and yi < yj + hj and yj < yi + hi:
                count += 1
    return count


def community_ratio(boxes):
    pts = [(x + w / 2, y + h / 2, c) for x, y, w, h, c in boxes if c is not None]
    same = other = 0.0
    ns = no = 0
    for i in range(len(pts)):
        xi, yi, ci = pts[i]
        for j in range(i + 1, len(pts)):
            xj, yj, cj = pts[j]
            d = math.hypot(xi - xj, yi - yj)
            if ci == cj:
                same += d
                ns += 1
            else:
                other += d
                no += 1
    if ns == 0 or no == 0:
        return float("nan")
    return (same / ns) / (other / no)


def report(name, width, height, boxes):
    scale = min(1600 / width, 1000 / height)
    print("%-40s %6d boxes  %7.0f x %-7.0f  scale at fit %.3f  overlaps %d  community ratio %.3f"
          % (name, len(boxes), width, height, scale, overlaps(boxes), community_ratio(boxes)))


def main(args):
    if args and args[0] == "--plain":
        report(args[1], *boxes_from_plain(args[1], args[2]))
        return
    for path in args:
        report(path, *boxes_from_svg(path))


if __name__ == "__main__":
    main(sys.argv[1:])

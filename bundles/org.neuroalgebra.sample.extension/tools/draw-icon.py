#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
# Draws icons/residual.png, the 16x16 icon of the residual layer kind, without any imaging
# library: the signal enters on the left, passes through the hidden block (the box) and meets the
# skip connection (the arc above it) at the sum node on the right.
import os
import struct
import zlib

SIZE = 16
CLEAR = (0, 0, 0, 0)
LINE = (40, 60, 110, 255)
BLOCK = (90, 140, 210, 255)
SKIP = (220, 120, 30, 255)

ROWS = [
    "................",
    "................",
    "...ssssssssss...",
    "..s..........s..",
    ".s............s.",
    ".s............s.",
    ".s...bbbbbb...s.",
    ".s...bBBBBb...s.",
    "llllllBBBBllll#.",
    ".....bBBBBb..###",
    ".....bbbbbb...#.",
    "................",
    "................",
    "................",
    "................",
    "................",
]
COLOURS = {".": CLEAR, "s": SKIP, "l": LINE, "b": LINE, "B": BLOCK, "#": LINE}


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png(rows):
    raw = b"".join(b"\x00" + b"".join(bytes(COLOURS[c]) for c in row) for row in rows)
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    assert len(ROWS) == SIZE and all(len(r) == SIZE for r in ROWS)
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "icons", "residual.png")
    with open(target, "wb") as out:
        out.write(png(ROWS))

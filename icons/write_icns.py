#!/usr/bin/env python3
"""Writes a macOS .icns from square PNGs, the way Apple's iconutil does: each slot holds a PNG.

Usage: write_icns.py OUT.icns PNG_DIR, where PNG_DIR holds <size>.png for 16, 32, 64, 128, 256, 512 and 1024.
Used instead of png2icns (icnsutils), which stores the large sizes as JPEG 2000.
"""
import struct
import sys
from pathlib import Path

# icns slot -> pixel size of the PNG it holds; the @2x slots (ic11-ic14) reuse the double-size picture.
SLOTS = [
    ("icp4", 16), ("icp5", 32), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024),
    ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if data[:8] != PNG_MAGIC:
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def main(out, png_dir):
    elements = b""
    for slot, size in SLOTS:
        data = Path(png_dir, f"{size}.png").read_bytes()
        if png_size(data) != (size, size):
            raise ValueError(f"{size}.png is {png_size(data)}, not {size}x{size}")
        elements += slot.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    Path(out).write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

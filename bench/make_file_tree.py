"""Writes a CLASSIFICATION_FOLDER tree of small, distinct PNG files for the indexing benchmark.
Usage: make_file_tree.py OUT_DIR [IMAGES=100000] [CLASSES=100]
"""
import os
import struct
import sys
import zlib


def png(width, height, seed):
    raw = b"".join(b"\x00" + bytes(((x * 7 + y * 3 + seed) & 0xFF) for x in range(width * 3)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")


def main():
    out = sys.argv[1]
    images = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    classes = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    templates = [png(16 + i % 8, 16 + i % 5, i) for i in range(64)]
    for c in range(classes):
        os.makedirs(f"{out}/train/class_{c:03d}", exist_ok=True)
        os.makedirs(f"{out}/valid/class_{c:03d}", exist_ok=True)
    for i in range(images):
        split = "valid" if (i // classes) % 5 == 0 else "train"
        data = bytearray(templates[i % 64])
        data[-16:-12] = struct.pack(">I", i)  # distinct bytes per file (inside the IDAT CRC field)
        with open(f"{out}/{split}/class_{i % classes:03d}/{i:06d}.png", "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()

"""Writes all of Fashion-MNIST as a class-folder dataset of PNG files, the same files for both
trainers of bench/fashion_mnist.sh: OUT/train/<class>/ (60,000 images) and OUT/valid/<class>/
(the 10,000 test images). Usage: make_fashion_mnist_folder.py OUT [SOURCE_DIR]"""
import gzip
import os
import sys

import numpy
from PIL import Image

CLASSES = ["tshirt_top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag",
           "ankle_boot"]


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return numpy.frombuffer(data, numpy.uint8, offset=4 + 4 * dims).reshape(shape)


def source_file(folder, stem):
    path = os.path.join(folder, stem)
    return path + ".gz" if os.path.exists(path + ".gz") else path


def main():
    out = sys.argv[1]
    source = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/datasets/fashion-mnist"
    for prefix, split in (("train", "train"), ("t10k", "valid")):
        images = read_idx(source_file(source, f"{prefix}-images-idx3-ubyte"))
        labels = read_idx(source_file(source, f"{prefix}-labels-idx1-ubyte"))
        for name in CLASSES:
            os.makedirs(os.path.join(out, split, name), exist_ok=True)
        for index, (pixels, label) in enumerate(zip(images, labels)):
            Image.fromarray(pixels).save(os.path.join(out, split, CLASSES[label], f"{index:05d}.png"))
        print(f"{split}: {len(images)} images", flush=True)


if __name__ == "__main__":
    main()

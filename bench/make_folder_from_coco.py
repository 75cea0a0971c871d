"""Builds a CLASSIFICATION_FOLDER view (symlinks) of a Roboflow COCO export, one folder per
image's first label, for pipeline benchmarks on real JPEGs. Usage: make_folder_from_coco.py EXPORT OUT"""
import json
import os
import sys


def main():
    export, out = sys.argv[1], sys.argv[2]
    for split in ("train", "valid", "test"):
        path = os.path.join(export, split, "_annotations.coco.json")
        if not os.path.exists(path):
            continue
        coco = json.load(open(path))
        names = {c["id"]: c["name"] for c in coco["categories"]}
        first = {}
        for annotation in coco["annotations"]:
            first.setdefault(annotation["image_id"], names[annotation["category_id"]])
        for image in coco["images"]:
            label = first.get(image["id"], "none")
            folder = os.path.join(out, "train", label)
            os.makedirs(folder, exist_ok=True)
            target = os.path.join(folder, f"{split}_{image['file_name']}")
            if not os.path.exists(target):
                os.symlink(os.path.abspath(os.path.join(export, split, image["file_name"])), target)


if __name__ == "__main__":
    main()

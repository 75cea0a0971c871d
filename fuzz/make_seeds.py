"""Writes the fuzz targets' seed corpora (fuzz/corpus/<target>): small images of every format
and variant the readers handle, trimmed annotation files from the real Roboflow export, the
demo configs, tiny torch.save files and their pickles, bundle.json, the weights catalogue.
Run with Debian's /usr/bin/python3 (PIL, torch) from the repository root:
    /usr/bin/python3 fuzz/make_seeds.py ../shared/data/roboflow-facemask
The bundle target's first byte picks a whole .faicls file (odd) or its bundle.json (even)."""
import io
import json
import os
import struct
import sys
import zipfile

import torch
from PIL import Image

out = "fuzz/corpus"


def save(target, name, data):
    with open(os.path.join(out, target, name), "wb") as handle:
        handle.write(data)


def images():
    picture = Image.new("RGB", (12, 8))
    for x in range(12):
        for y in range(8):
            picture.putpixel((x, y), (x * 20, y * 30, (x * y) % 255))
    variants = {
        "rgb.jpg": (picture, "JPEG", {}),
        "progressive.jpg": (picture, "JPEG", {"progressive": True}),
        "grey.jpg": (picture.convert("L"), "JPEG", {}),
        "cmyk.jpg": (picture.convert("CMYK"), "JPEG", {}),
        "rgb.png": (picture, "PNG", {}),
        "grey_alpha.png": (picture.convert("LA"), "PNG", {}),
        "palette.png": (picture.convert("P"), "PNG", {}),
        "rgba.png": (picture.convert("RGBA"), "PNG", {}),
        "grey16.png": (picture.convert("L").convert("I"), "PNG", {}),
        "rgb.bmp": (picture, "BMP", {}),
        "rgb.tif": (picture, "TIFF", {}),
        "float.tif": (picture.convert("F"), "TIFF", {}),
        "rgb.webp": (picture, "WEBP", {"lossless": True}),
        "lossy.webp": (picture, "WEBP", {}),
        "rgba.webp": (picture.convert("RGBA"), "WEBP", {"lossless": True}),
        "anim.gif": (picture.convert("P"), "GIF", {}),
    }
    exif = Image.Exif()
    exif[0x0112] = 6
    for name, (image, kind, options) in variants.items():
        buffer = io.BytesIO()
        image.save(buffer, kind, **options)
        for target in ("image_header", "image_decode"):
            save(target, name, buffer.getvalue())
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif.tobytes())
    for target in ("image_header", "image_decode"):
        save(target, "rotated.jpg", buffer.getvalue())
        save(target, "truncated.jpg", buffer.getvalue()[: len(buffer.getvalue()) // 2])


def coco(dataset):
    with open(os.path.join(dataset, "train", "_annotations.coco.json")) as handle:
        full = json.load(handle)
    images = full["images"][:3]
    ids = {image["id"] for image in images}
    for position, image in enumerate(images):
        image["file_name"] = "a.jpg" if position % 2 == 0 else "b.png"
    trimmed = {
        "info": full.get("info", {}),
        "categories": full["categories"],
        "images": images,
        "annotations": [a for a in full["annotations"] if a["image_id"] in ids][:8],
    }
    save("coco", "roboflow.json", json.dumps(trimmed, indent=1).encode())
    plain = dict(trimmed)
    plain["categories"] = [c for c in trimmed["categories"] if c["id"] != 0]
    save("coco", "plain.json", json.dumps(plain).encode())


def configs():
    tiny = {"model": {"backbone_config": {"size": "nano"}, "resolution": 32, "num_layers": 1},
            "train": {"epochs": 5, "batch_size": 16, "workers": 1}}
    full = {"model": {"backbone_config": {"model_type": "resnet", "depth": 18, "variant": "d",
                                          "pretrained": "resnet18-imagenet"},
                      "num_classes": 3, "resolution": [96, 128], "pixel_mean": [123.7, 116.3, 103.5],
                      "pixel_std": [58.4, 57.1, 57.4], "hidden_dim": 256, "num_layers": 2,
                      "dropout_rate": 0.2, "features": "res5", "multi_label": True,
                      "use_focal_loss": True, "focal_alpha": 0.75, "focal_gamma": 2.0,
                      "label_smoothing": 0.1, "pos_weight": 10.0},
            "train": {"epochs": 30, "batch_size": 32, "learning_rate": 0.001, "backbone_multiplier": 0.1,
                      "freeze_backbone_epochs": 2, "freeze_backbone": False, "cache_features": True,
                      "optimizer": "sgd", "momentum": 0.9, "nesterov": True, "weight_decay": 0.0001,
                      "scheduler": "cosine", "warmup_epochs": 1.5, "clip_gradients": 1.0, "patience": 5,
                      "early_stop": True, "eval_period": 1, "class_balancing": "sampler",
                      "augmentation": {"scale_jitter": False, "random_resized_crop": True,
                                       "horizontal_flip": True, "color_jitter": 0.2},
                      "amp_enabled": False, "precision": "bfloat16", "device": "cpu", "workers": 2, "seed": 7}}
    reference = {"num_classes": 2, "backbone_config": {"model_type": "stdc", "base": 64,
                                                       "layers": [2, 2, 2], "weights": "old.pth"},
                 "resolution": 224, "pretrained": True}
    for name, value in {"tiny.json": tiny, "full.json": full, "reference.json": reference}.items():
        save("config", name, json.dumps(value, indent=1).encode())
    save("weights_catalog", "builtin.json", open("engine/resources/weights_catalog.json", "rb").read())


def weights():
    base = torch.arange(6, dtype=torch.float32)
    files = {
        "plain.pth": {"conv.weight": base.view(2, 3), "conv.bias": torch.tensor([0.5, -1.0])},
        "checkpoint.pth": {"model": {"fc.weight": base.view(3, 2).t()}, "iteration": 3},
        "dtypes.pth": {"h": torch.ones(2).half(), "l": torch.tensor([1, 2]), "b": torch.tensor([True]),
                       "s": torch.tensor(2.5), "e": torch.zeros(0, 3)},
    }
    for name, value in files.items():
        buffer = io.BytesIO()
        torch.save(value, buffer)
        save("pth", name, buffer.getvalue())
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
            pickle = next(n for n in archive.namelist() if n.endswith("data.pkl"))
            save("pickle", name.replace(".pth", ".pkl"), archive.read(pickle))


def bundle():
    description = {
        "format": "faicls-bundle", "format_version": 1, "created_by": "seed",
        "model": {"num_classes": 2, "backbone_config": {"model_type": "stdc", "size": "nano"},
                  "resolution": 32, "hidden_dim": 8, "num_layers": 1, "features": "res3"},
        "class_names": ["cat", "dog"],
        "preprocessing": {"resize_mode": "shorter_side_center_crop", "resolution": [32, 32],
                          "pixel_mean": [123.675, 116.28, 103.53], "pixel_std": [58.395, 57.12, 57.375],
                          "color_order": "RGB"},
        "threshold": 0.5, "class_thresholds": [0.4, 0.6], "validation_metrics": {"F1": 50.0},
        "training_summary": {"epoch": 1}, "source": {},
        "tensors": [{"name": "head.weight", "dtype": "float32", "shape": [2, 3], "record": "tensors/0"},
                    {"name": "head.steps", "dtype": "int64", "shape": [], "record": "tensors/1"}],
    }
    text = json.dumps(description, indent=2).encode()
    save("bundle", "bundle_json", b"\x00" + text)
    with_int8 = dict(description, int8_variant={
        "parameters": {"format": 1, "graph": "0123456789abcdef", "reduced_range": True,
                       "values": [[0.05, 64], [0.1, 0], [0.02, 127]]},
        "calibration": {"images": 3, "source": "training split"},
        "validation": {"images": 2, "figure": "accuracy", "float32": {"accuracy": 50.0, "f1": 50.0},
                       "int8": {"accuracy": 50.0, "f1": 50.0}}})
    save("bundle", "bundle_json_int8", b"\x00" + json.dumps(with_int8, indent=2).encode())
    path = os.path.join(out, "bundle", "whole.faicls.tmp")
    writer = torch._C.PyTorchFileWriter(path)
    writer.write_record("bundle.json", text, len(text))
    weight = torch.arange(6, dtype=torch.float32).numpy().tobytes()
    writer.write_record("tensors/0", weight, len(weight))
    steps = torch.tensor(3, dtype=torch.int64).numpy().tobytes()
    writer.write_record("tensors/1", steps, len(steps))
    writer.write_end_of_file()
    del writer
    with open(path, "rb") as handle:
        save("bundle", "whole_faicls", b"\x01" + handle.read())
    os.remove(path)


def hash_cache():
    # data/image_hash_cache.cpp's format, for the root the fuzz target opens.
    os.makedirs(os.path.join(out, "hash_cache"), exist_ok=True)
    root = b"/fuzz/dataset"
    entries = [(b"train/cat/a.jpg", 1234, 1700000000123456789, 0x0123456789ABCDEF),
               (b"valid/dog/b.png", 99, 5, 0xFFFF0000FFFF0000), (b"flat.png", 7, 8, 0)]
    data = b"FAICLSIH" + struct.pack("<II", 1, len(root)) + root + struct.pack("<Q", len(entries))
    for path, size, modified, value in entries:
        data += struct.pack("<I", len(path)) + path + struct.pack("<QqQB", size, modified, value,
                                                                 1 if value == 0 else 0)
    save("hash_cache", "three_entries", data)
    save("hash_cache", "empty", b"FAICLSIH" + struct.pack("<II", 1, len(root)) + root +
         struct.pack("<Q", 0))


def run_files():
    # fuzz_run_files: a selector byte, then the file (0 project.json, 1 trainer_state.json,
    # 2 metrics.jsonl, 3 config.json, 4 edits.json).
    os.makedirs(os.path.join(out, "run_files"), exist_ok=True)
    project = {"format": "faicls-project", "format_version": 1, "dataset": "/data/photos",
               "dataset_relative": "../photos", "classes": ["cat", "dog"],
               "current_model": "runs/20261202-0905-resnet18/best.faicls",
               "config": {"model": {"backbone_config": {"model_type": "resnet", "depth": 18}},
                          "train": {"epochs": 3}}}
    state = {"dataset": {"hex": "2f64ff", "shown": "/d\ufffd"}, "epoch": 2, "iteration": 40,
             "evaluated": True, "best_f1": 71.5, "evaluations_without_improvement": 0,
             "best_bundle": "best.faicls", "loss_scale": 0, "loss_scale_clean_steps": 0,
             "finished": False, "training_seconds": 12.5}
    log = (json.dumps({"type": "iteration", "epoch": 1, "iteration": 1, "loss": 2.3, "lr": 0.001,
                       "images_per_second": 40}) + "\n" +
           json.dumps({"type": "evaluation", "epoch": 1, "F1": 50.0, "accuracy": 55.0,
                       "train_loss": 2.0, "valid_loss": 2.1}) + "\n" +
           json.dumps({"type": "failure", "epoch": 2, "iteration": 30, "message": "loss nan"}) +
           "\n{\"type\": \"evalu")
    config = {"model": {"backbone_config": {"model_type": "stdc", "size": "nano"}},
              "train": {"epochs": 5}}
    save("run_files", "project", b"\x00" + json.dumps(project).encode())
    save("run_files", "trainer_state", b"\x01" + json.dumps(state).encode())
    save("run_files", "metrics", b"\x02" + log.encode())
    save("run_files", "config", b"\x03" + json.dumps(config).encode())
    edits = {"format": 1, "edits": [
        {"kind": "relabel", "path": "train/cat/1.jpg", "labels": ["dog"]},
        {"kind": "exclude", "path": {"hex": "74ff2e6a7067", "shown": "t\ufffd.jpg"}},
        {"kind": "move", "path": "valid/dog/2.jpg", "split": "test"}]}
    save("run_files", "edits", b"\x04" + json.dumps(edits).encode())


if __name__ == "__main__":
    run_files()
    hash_cache()
    bundle()
    images()
    coco(sys.argv[1])
    configs()
    weights()

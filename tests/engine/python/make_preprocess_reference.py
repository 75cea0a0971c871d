"""Writes test images and torchvision's results of the default pre-processing policy on them
(Resize(R) with anti-aliasing + CenterCrop(R), PIL, uint8) and of plain bilinear stretching
(F.interpolate, align_corners=False, the reference's inference resize).
Usage: make_preprocess_reference.py OUT_DIR
"""
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision.transforms as T
from PIL import Image


def natural_image(width, height, seed):
    """Smooth shapes plus fine texture: hard for resamplers, easy to reproduce."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    image = np.zeros((height, width, 3), np.float32)
    for channel in range(3):
        for _ in range(4):
            cx, cy, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(5, max(width, height) / 2)
            image[..., channel] += 120 * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))
        image[..., channel] += 40 * np.sin(x * rng.uniform(0.2, 1.5)) * np.cos(y * rng.uniform(0.2, 1.5))
    image += rng.normal(0, 12, image.shape)
    return np.clip(image + 60, 0, 255).astype(np.uint8)


CASES = {"shrink": (400, 300), "shrink_portrait": (301, 400), "enlarge": (150, 97), "odd": (225, 511)}


def main():
    out = sys.argv[1]
    resolution = 224
    results = {}
    for name, (width, height) in CASES.items():
        pixels = natural_image(width, height, len(name))
        Image.fromarray(pixels).save(f"{out}/{name}.png")
        pil = Image.open(f"{out}/{name}.png").convert("RGB")
        cropped = T.CenterCrop(resolution)(T.Resize(resolution, interpolation=T.InterpolationMode.BILINEAR)(pil))
        results[f"{name}_crop"] = torch.from_numpy(np.asarray(cropped).copy())
        tensor = torch.from_numpy(pixels).permute(2, 0, 1)[None].float()
        stretched = F.interpolate(tensor, size=(resolution, resolution), mode="bilinear", align_corners=False)
        results[f"{name}_stretch"] = stretched[0].permute(1, 2, 0).round().clamp(0, 255).to(torch.uint8)
    torch.save(results, f"{out}/preprocess.pth")


if __name__ == "__main__":
    main()

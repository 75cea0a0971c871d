"""Images per second of torchvision's ImageFolder + DataLoader with the transforms equivalent to
faicls-bench-pipeline's, same workers, batch 32, 224 px. Usage: torchvision_pipeline.py DATASET_TRAIN_FOLDER
[WORKERS] [EPOCHS]"""
import json
import sys
import time

import torch
import torchvision.transforms as T
from torch.utils.data import DataLoader
from torchvision.datasets import ImageFolder

MEAN, STD = [0.485, 0.456, 0.406], [0.229, 0.224, 0.225]
CONFIGURATIONS = {
    "eval: resize 224 + centre crop": T.Compose([T.Resize(224), T.CenterCrop(224), T.ToTensor(), T.Normalize(MEAN, STD)]),
    "train: random resized crop + flip": T.Compose(
        [T.RandomResizedCrop(224), T.RandomHorizontalFlip(), T.ToTensor(), T.Normalize(MEAN, STD)]),
    "train: random resized crop + flip + colour jitter": T.Compose(
        [T.RandomResizedCrop(224), T.RandomHorizontalFlip(), T.ColorJitter(32 / 255, 0.5, 0.5, 18 / 360),
         T.ToTensor(), T.Normalize(MEAN, STD)]),
}


def main():
    folder = sys.argv[1]
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    torch.set_num_threads(1)
    for name, transform in CONFIGURATIONS.items():
        loader = DataLoader(ImageFolder(folder, transform), batch_size=32, shuffle=name.startswith("train"),
                            num_workers=workers, persistent_workers=True)
        for _ in loader:  # warm-up epoch (page cache, worker start)
            pass
        images = 0
        start = time.perf_counter()
        for _ in range(epochs):
            for batch, _labels in loader:
                images += batch.shape[0]
        seconds = time.perf_counter() - start
        print(json.dumps({"pipeline": "torchvision", "configuration": name, "workers": workers,
                          "images_per_second": round(images / seconds, 1)}), flush=True)


if __name__ == "__main__":
    main()

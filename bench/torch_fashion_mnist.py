"""The Fashion-MNIST recipe of bench/fashion_mnist.sh done by PyTorch eager: the same network
(torchvision ResNet-18 or our PyTorch STDC-nano, features res5, 2-layer head of 512, dropout
0.2), the same data (PNG class folders, stretched to 32 px, horizontal flip), AdamW with no decay
on 1-D parameters, linear warmup then cosine per iteration, gradient clipping, evaluation after
every epoch. Prints one JSON line. Usage: torch_fashion_mnist.py DATA resnet18|stdc_nano EPOCHS"""
import json
import math
import os
import sys
import time

import torch
import torchvision
from torch import nn
from torchvision import transforms

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "engine", "python"))
from make_focoos_reference import STDC, FaiCls  # noqa: E402  (our PyTorch STDC from the reference facts)

RECIPE = {"resolution": 32, "batch_size": 128, "learning_rate": 1e-3, "weight_decay": 0.02,
          "warmup_epochs": 1, "clip": 1.0, "hidden": 512}


class ResNetFeatures(nn.Module):
    """torchvision ResNet-18 up to layer4, as the "res5" feature map."""

    def __init__(self):
        super().__init__()
        net = torchvision.models.resnet18()
        self.body = nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2, net.layer3,
                                  net.layer4)

    def forward(self, x):
        return {"res5": self.body(x)}


def main():
    data, name, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    started = time.perf_counter()
    threads = os.cpu_count()
    torch.set_num_threads(threads)
    torch.manual_seed(42)
    size = RECIPE["resolution"]
    normalise = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    train_set = torchvision.datasets.ImageFolder(os.path.join(data, "train"), transforms.Compose([
        transforms.Resize((size, size)), transforms.RandomHorizontalFlip(), transforms.ToTensor(), normalise]))
    valid_set = torchvision.datasets.ImageFolder(os.path.join(data, "valid"), transforms.Compose([
        transforms.Resize((size, size)), transforms.ToTensor(), normalise]))
    loader_options = {"batch_size": RECIPE["batch_size"], "num_workers": threads, "persistent_workers": True}
    train_loader = torch.utils.data.DataLoader(train_set, shuffle=True, drop_last=True, **loader_options)
    valid_loader = torch.utils.data.DataLoader(valid_set, shuffle=False, **loader_options)

    backbone = ResNetFeatures() if name == "resnet18" else STDC(32, [2, 2, 2])
    model = FaiCls(backbone, "res5", 512, len(train_set.classes), 2, RECIPE["hidden"])
    decay = [p for p in model.parameters() if p.dim() > 1]
    no_decay = [p for p in model.parameters() if p.dim() <= 1]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": RECIPE["weight_decay"]},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=RECIPE["learning_rate"])
    total = len(train_loader) * epochs
    warmup = int(RECIPE["warmup_epochs"] * len(train_loader))

    def factor(iteration):
        value = 0.5 * (1 + math.cos(math.pi * min(iteration / total, 1.0)))
        return value * (iteration + 1) / warmup if iteration < warmup else value

    loss_fn = nn.CrossEntropyLoss()
    iteration = 0
    accuracy = 0.0
    for epoch in range(epochs):
        model.train()
        for images, targets in train_loader:
            for group in optimizer.param_groups:
                group["lr"] = RECIPE["learning_rate"] * factor(iteration)
            loss = loss_fn(model(images), targets)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), RECIPE["clip"])
            optimizer.step()
            iteration += 1
        model.eval()
        correct = 0
        with torch.no_grad():
            for images, targets in valid_loader:
                correct += (model(images).argmax(1) == targets).sum().item()
        accuracy = correct / len(valid_set)
        print(f"pytorch {name} epoch {epoch + 1}: accuracy {accuracy:.4f}", file=sys.stderr, flush=True)
    print(json.dumps({"framework": f"pytorch {torch.__version__}", "model": name, "epochs": epochs,
                      "threads": threads, "accuracy": round(100 * accuracy, 2),
                      "wall_seconds": round(time.perf_counter() - started, 1)}), flush=True)


if __name__ == "__main__":
    main()

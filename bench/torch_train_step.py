"""Train-step throughput of PyTorch eager on the same models, input and thread count as
faicls-bench-train-step. Usage: torch_train_step.py resnet18|stdc_small [ITERATIONS]
[channels_last|contiguous] [float32|bfloat16] (bfloat16: torch.autocast("cpu"))."""
import json
import os
import resource
import sys
import time

import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "engine", "python"))
from make_focoos_reference import STDC, FaiCls  # noqa: E402  (our PyTorch STDC from the reference facts)


def main():
    name = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    channels_last = len(sys.argv) > 3 and sys.argv[3] == "channels_last"
    bfloat16 = len(sys.argv) > 4 and sys.argv[4] == "bfloat16"
    torch.set_num_threads(os.cpu_count())
    torch.manual_seed(0)
    if name == "resnet18":
        model = torchvision.models.resnet18(num_classes=10)
    else:
        model = FaiCls(STDC(64, [2, 2, 2]), "res5", 1024, 10, 1, 512)
    model.train()
    images = torch.randn(32, 3, 224, 224)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        images = images.contiguous(memory_format=torch.channels_last)
    targets = torch.randint(0, 10, (32,))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        optimizer.zero_grad()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bfloat16):
            loss = loss_fn(model(images), targets)
        loss.backward()
        optimizer.step()

    step()
    start = time.perf_counter()
    for _ in range(iterations):
        step()
    seconds = time.perf_counter() - start
    print(json.dumps({"framework": f"pytorch {torch.__version__}", "model": name, "channels_last": channels_last,
                      "precision": "bfloat16" if bfloat16 else "float32",
                      "threads": torch.get_num_threads(), "images_per_second": round(32 * iterations / seconds, 2),
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}), flush=True)


if __name__ == "__main__":
    main()

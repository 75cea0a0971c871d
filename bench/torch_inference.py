"""PyTorch eager inference at 224 px on the weights faicls-bench-inference wrote: batch-1 latency
(median) and batch-32 throughput, same threads. Usage: torch_inference.py resnet18|stdc_small
WEIGHTS.pth [ITERATIONS]. Prints one JSON line."""
import json
import os
import statistics
import sys
import time

import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "engine", "python"))
from make_focoos_reference import STDC, FaiCls  # noqa: E402


def main():
    name, weights = sys.argv[1], sys.argv[2]
    iterations = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    torch.set_num_threads(os.cpu_count())
    ours = torch.load(weights)
    if name == "resnet18":
        model = torchvision.models.resnet18(num_classes=10)
        state = {k[len("backbone."):]: v for k, v in ours.items() if k.startswith("backbone.")}
        state.update({"fc." + k[len("head.classifier."):]: v for k, v in ours.items() if k.startswith("head.")})
    else:
        model = FaiCls(STDC(64, [2, 2, 2]), "res5", 1024, 10, 1, 512)
        state = {k: v for k, v in ours.items() if k.startswith("backbone.")}
        state["cls_head.classifier.2.weight"] = ours["head.classifier.weight"].view(10, 1024, 1, 1)
        state["cls_head.classifier.2.bias"] = ours["head.classifier.bias"]
        state.update({k: v for k, v in model.state_dict().items() if k.startswith("criterion.")})
    model.load_state_dict(state, strict=True)
    model.eval()
    one, batch = torch.randn(1, 3, 224, 224), torch.randn(32, 3, 224, 224)
    with torch.inference_mode():
        model(one)
        latencies = []
        for _ in range(iterations):
            start = time.perf_counter()
            model(one)
            latencies.append(1000 * (time.perf_counter() - start))
        model(batch)
        batches = max(2, iterations // 10)
        start = time.perf_counter()
        for _ in range(batches):
            model(batch)
        throughput = 32 * batches / (time.perf_counter() - start)
    print(json.dumps({"engine": f"pytorch {torch.__version__} eager", "model": name, "threads": torch.get_num_threads(),
                      "batch1_median_ms": round(statistics.median(latencies), 2),
                      "batch1_min_ms": round(min(latencies), 2),
                      "batch32_images_per_second": round(throughput, 1)}), flush=True)


if __name__ == "__main__":
    main()

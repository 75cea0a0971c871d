"""Writes what the installed torchvision publishes for the architectures the engine mirrors:
{url: {"top1": acc@1, "parameters": num_params}} as JSON.
Usage: list_torchvision_weights.py OUT_DIR  (writes OUT_DIR/torchvision_weights.json)
"""
import json
import sys

import torchvision.models as models

ENUMS = [models.ResNet18_Weights, models.ResNet34_Weights, models.ResNet50_Weights,
         models.ResNet101_Weights, models.EfficientNet_B0_Weights, models.EfficientNet_B1_Weights,
         models.EfficientNet_B2_Weights, models.EfficientNet_B3_Weights,
         models.MobileNet_V2_Weights]


def main():
    published = {}
    for enum in ENUMS:
        for weights in enum:
            published[weights.url] = {
                "top1": weights.meta["_metrics"]["ImageNet-1K"]["acc@1"],
                "parameters": weights.meta["num_params"],
            }
    with open(f"{sys.argv[1]}/torchvision_weights.json", "w") as handle:
        json.dump(published, handle)


if __name__ == "__main__":
    main()

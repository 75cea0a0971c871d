"""Writes the state_dict layout (names and shapes, classifier excluded) of every torchvision
architecture the engine mirrors, as JSON: {"resnet18": {"conv1.weight": [64, 3, 7, 7], ...}, ...}.
Usage: describe_torchvision_layouts.py OUT.json
"""
import json
import sys

import torchvision

FACTORIES = {
    "resnet18": torchvision.models.resnet18, "resnet34": torchvision.models.resnet34,
    "resnet50": torchvision.models.resnet50, "resnet101": torchvision.models.resnet101,
    "efficientnet_b0": torchvision.models.efficientnet_b0, "efficientnet_b1": torchvision.models.efficientnet_b1,
    "efficientnet_b2": torchvision.models.efficientnet_b2, "efficientnet_b3": torchvision.models.efficientnet_b3,
    "mobilenet_v2": torchvision.models.mobilenet_v2,
}


def main():
    layouts = {}
    for name, factory in FACTORIES.items():
        state = factory().state_dict()
        layouts[name] = {key: list(tensor.shape) for key, tensor in state.items()
                         if not key.startswith(("fc.", "classifier."))}
    with open(sys.argv[1], "w") as handle:
        json.dump(layouts, handle)


if __name__ == "__main__":
    main()

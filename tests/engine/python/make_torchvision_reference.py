"""Writes random-initialised torchvision weights and their logits on a fixed input.

For each architecture NAME: NAME.pth (torch.save(model.state_dict()), an OrderedDict) and
NAME_io.pth ({"input", "logits", "backbone_parameters"}).
Usage: make_torchvision_reference.py OUT_DIR [NAME ...]
"""
import sys

import torch
import torchvision

from reference_common import calibrate_batchnorm, parameter_count

ARCHITECTURES = {
    "resnet18": (torchvision.models.resnet18, "fc"),
    "resnet34": (torchvision.models.resnet34, "fc"),
    "resnet50": (torchvision.models.resnet50, "fc"),
    "resnet101": (torchvision.models.resnet101, "fc"),
    "efficientnet_b0": (torchvision.models.efficientnet_b0, "classifier"),
    "efficientnet_b1": (torchvision.models.efficientnet_b1, "classifier"),
    "efficientnet_b2": (torchvision.models.efficientnet_b2, "classifier"),
    "efficientnet_b3": (torchvision.models.efficientnet_b3, "classifier"),
    "mobilenet_v2": (torchvision.models.mobilenet_v2, "classifier"),
}


def main():
    out_dir = sys.argv[1]
    names = sys.argv[2:] or ["resnet18", "resnet50", "efficientnet_b0", "mobilenet_v2"]
    torch.set_num_threads(2)
    for name in names:
        factory, classifier_name = ARCHITECTURES[name]
        torch.manual_seed(0)
        model = factory(num_classes=1000)
        calibrate_batchnorm(model, lambda: torch.randn(4, 3, 128, 128))
        torch.manual_seed(1)
        images = torch.randn(2, 3, 224, 224)
        with torch.no_grad():
            # Scale the classifier so the largest logit is about 5: a 1e-4 tolerance is then a
            # meaningful relative check at float32 precision.
            linear = model.fc if classifier_name == "fc" else model.classifier[1]
            scale = 5.0 / model(images).abs().max()
            linear.weight.mul_(scale)
            linear.bias.mul_(scale)
            logits = model(images)
        total = parameter_count(model)
        backbone = total - parameter_count(getattr(model, classifier_name))
        torch.save(model.state_dict(), f"{out_dir}/{name}.pth")
        torch.save({"input": images, "logits": logits, "backbone_parameters": backbone,
                    "total_parameters": total}, f"{out_dir}/{name}_io.pth")


if __name__ == "__main__":
    main()

"""Writes networks of every backbone family with random weights and their Grad-CAM maps.

Grad-CAM as Selvaraju et al. define it, computed through the whole network with autograd: the
gradient of the class logit with respect to the feature map the head reads, averaged over its
positions per channel, weighs the channels; ReLU of the weighted sum; bilinear upsampling
(align_corners=False) to the input size.
Reference-format cases (STDC, ResNet-d; written by make_focoos_reference): NAME/model_final.pth,
NAME/model_info.json, NAME/cam.pth. Torchvision cases: NAME.pth (state dict) and NAME_cam.pth.
Each cam.pth: {"input", "class_ids", "logits", "cams"}; the class of the first image is its
second-best, that of the second its best.
Usage: make_grad_cam_reference.py OUT_DIR
"""
import os
import sys

import torch
import torch.nn.functional as F
import torchvision

import make_focoos_reference
from reference_common import calibrate_batchnorm

# name: (factory, the module whose output the FAI-CLS head reads at res5)
TORCHVISION = {
    "resnet18": (torchvision.models.resnet18, lambda m: m.layer4),
    "efficientnet_b0": (torchvision.models.efficientnet_b0, lambda m: m.features[8]),
    "mobilenet_v2": (torchvision.models.mobilenet_v2, lambda m: m.features[18]),
}
REFERENCE = ["small_res5_2layer", "resnet18d_res5_1layer"]


def chosen_classes(logits):
    ranked = logits.argsort(dim=1, descending=True)
    return torch.stack([ranked[0, 1], ranked[1, 0]])


def grad_cam(features, logits, class_ids, size):
    chosen = logits.gather(1, class_ids.view(-1, 1)).sum()
    gradients, = torch.autograd.grad(chosen, features)
    weights = gradients.mean(dim=(2, 3), keepdim=True)
    cams = torch.relu((weights * features).sum(dim=1, keepdim=True))
    return F.interpolate(cams, size=size, mode="bilinear", align_corners=False)[:, 0].detach()


def torchvision_case(out_dir, name):
    factory, feature_module = TORCHVISION[name]
    torch.manual_seed(0)
    model = factory(num_classes=10)
    calibrate_batchnorm(model, lambda: torch.randn(4, 3, 128, 128))
    torch.manual_seed(1)
    images = torch.randn(2, 3, 128, 128)
    captured = {}
    feature_module(model).register_forward_hook(lambda module, inputs, output: captured.update(out=output))
    logits = model(images)
    class_ids = chosen_classes(logits)
    cams = grad_cam(captured["out"], logits, class_ids, images.shape[2:])
    torch.save(model.state_dict(), os.path.join(out_dir, f"{name}.pth"))
    torch.save({"input": images, "class_ids": class_ids, "logits": logits.detach(), "cams": cams},
               os.path.join(out_dir, f"{name}_cam.pth"))


def reference_case(out_dir, name):
    model, images = make_focoos_reference.write_case(out_dir, name)
    features = model.backbone(images)[model.feature]
    logits = model.cls_head.classifier(features).flatten(1)
    class_ids = chosen_classes(logits)
    cams = grad_cam(features, logits, class_ids, images.shape[2:])
    torch.save({"input": images, "class_ids": class_ids, "logits": logits.detach(), "cams": cams},
               os.path.join(out_dir, name, "cam.pth"))


def main():
    out_dir = sys.argv[1]
    torch.set_num_threads(2)
    for name in TORCHVISION:
        torchvision_case(out_dir, name)
    for name in REFERENCE:
        reference_case(out_dir, name)


if __name__ == "__main__":
    main()

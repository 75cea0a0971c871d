"""Writes a FocoosAI-reference-format fai-cls checkpoint with random weights and its logits.

The networks are written here from the reference facts (§5.1 STDC, §5.2 ResNet-d, §7 head):
ConvX, CatBottleneck with the depthwise `avd_layer` and AvgPool skip; the ResNet-d stem, blocks
with pooled projection shortcuts and frozen BatchNorm; the 1x1-conv classification head.
For each case: CASE/model_final.pth ({"model": state_dict}), CASE/model_info.json, CASE/io.pth.
Usage: make_focoos_reference.py OUT_DIR
"""
import collections
import json
import os
import sys

import torch
from torch import nn

from reference_common import calibrate_batchnorm, parameter_count


class ConvX(nn.Module):
    def __init__(self, cin, cout, kernel=3, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, kernel, stride, kernel // 2, bias=False)
        self.bn = nn.BatchNorm2d(cout)

    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


class CatBottleneck(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.stride = stride
        self.conv_list = nn.ModuleList([
            ConvX(cin, cout // 2, 1), ConvX(cout // 2, cout // 4), ConvX(cout // 4, cout // 8),
            ConvX(cout // 8, cout // 8)])
        if stride == 2:
            self.avd_layer = nn.Sequential(
                nn.Conv2d(cout // 2, cout // 2, 3, 2, 1, groups=cout // 2, bias=False), nn.BatchNorm2d(cout // 2))
            self.skip = nn.AvgPool2d(3, 2, 1)

    def forward(self, x):
        first = self.conv_list[0](x)
        current = self.avd_layer(first) if self.stride == 2 else first
        outputs = [self.skip(first) if self.stride == 2 else first]
        for conv in self.conv_list[1:]:
            current = conv(current)
            outputs.append(current)
        return torch.cat(outputs, dim=1)


class STDC(nn.Module):
    def __init__(self, base, layers):
        super().__init__()
        blocks = [ConvX(3, base // 2, 3, 2), ConvX(base // 2, base, 3, 2)]
        self.out_ids = [1]
        cin = base
        for stage, count in enumerate(layers):
            cout = base * (4 << stage)
            for j in range(count):
                blocks.append(CatBottleneck(cin if j == 0 else cout, cout, 2 if j == 0 else 1))
            cin = cout
            self.out_ids.append(len(blocks) - 1)
        self.features = nn.Sequential(*blocks)

    def forward(self, x):
        outputs = {}
        for index, block in enumerate(self.features):
            x = block(x)
            if index in self.out_ids:
                outputs[f"res{2 + self.out_ids.index(index)}"] = x
        return outputs


class FrozenBatchNorm(nn.Module):
    """Fixed statistics, all buffers. While `calibrating`, takes its statistics from its input."""

    calibrating = False

    def __init__(self, channels):
        super().__init__()
        self.register_buffer("weight", torch.ones(channels))
        self.register_buffer("bias", torch.zeros(channels))
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))

    def forward(self, x):
        if FrozenBatchNorm.calibrating:
            self.running_mean.copy_(x.mean((0, 2, 3)))
            self.running_var.copy_(x.var((0, 2, 3), unbiased=False))
        scale = self.weight * (self.running_var + 1e-5).rsqrt()
        shift = self.bias - self.running_mean * scale
        return x * scale[None, :, None, None] + shift[None, :, None, None]


class ConvNormLayer(nn.Module):
    def __init__(self, cin, cout, kernel, stride, relu):
        super().__init__()
        self.relu = relu
        self.conv = nn.Conv2d(cin, cout, kernel, stride, (kernel - 1) // 2, bias=False)
        self.norm = FrozenBatchNorm(cout)

    def forward(self, x):
        y = self.norm(self.conv(x))
        return torch.relu(y) if self.relu else y


class ResNetDBlock(nn.Module):
    def __init__(self, cin, planes, stride, bottleneck, projection):
        super().__init__()
        cout = planes * 4 if bottleneck else planes
        if bottleneck:
            self.branch2a = ConvNormLayer(cin, planes, 1, 1, True)
            self.branch2b = ConvNormLayer(planes, planes, 3, stride, True)
            self.branch2c = ConvNormLayer(planes, cout, 1, 1, False)
            self.branches = ["branch2a", "branch2b", "branch2c"]
        else:
            self.branch2a = ConvNormLayer(cin, planes, 3, stride, True)
            self.branch2b = ConvNormLayer(planes, planes, 3, 1, False)
            self.branches = ["branch2a", "branch2b"]
        self.short = None
        if projection:
            if stride == 2:
                self.short = nn.Sequential(collections.OrderedDict(
                    pool=nn.AvgPool2d(2, 2, ceil_mode=True), conv=ConvNormLayer(cin, cout, 1, 1, False)))
            else:
                self.short = ConvNormLayer(cin, cout, 1, 1, False)

    def forward(self, x):
        y = x
        for name in self.branches:
            y = getattr(self, name)(y)
        return torch.relu(y + (self.short(x) if self.short is not None else x))


class ResNetD(nn.Module):
    BLOCKS = {18: [2, 2, 2, 2], 34: [3, 4, 6, 3], 50: [3, 4, 6, 3], 101: [3, 4, 23, 3]}

    def __init__(self, depth):
        super().__init__()
        bottleneck = depth >= 50
        self.conv1 = nn.Sequential(collections.OrderedDict(
            conv1_1=ConvNormLayer(3, 32, 3, 2, True), conv1_2=ConvNormLayer(32, 32, 3, 1, True),
            conv1_3=ConvNormLayer(32, 64, 3, 1, True)))
        self.res_layers = nn.ModuleList()
        cin = 64
        for stage, (planes, count) in enumerate(zip([64, 128, 256, 512], self.BLOCKS[depth])):
            layer = nn.Module()
            layer.blocks = nn.ModuleList()
            for j in range(count):
                layer.blocks.append(ResNetDBlock(cin, planes, (1 if stage == 0 else 2) if j == 0 else 1,
                                                 bottleneck, j == 0))
                cin = planes * (4 if bottleneck else 1)
            self.res_layers.append(layer)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(self.conv1(x), 3, 2, 1)
        outputs = {}
        for stage, layer in enumerate(self.res_layers):
            for block in layer.blocks:
                x = block(x)
            outputs[f"res{stage + 2}"] = x
        return outputs


def calibrate_frozen(model, images):
    FrozenBatchNorm.calibrating = True
    with torch.no_grad():
        model(images)
    FrozenBatchNorm.calibrating = False
    generator = torch.Generator().manual_seed(321)
    for module in model.modules():
        if isinstance(module, FrozenBatchNorm):
            module.weight.copy_(torch.rand(module.weight.shape, generator=generator) * 0.5 + 0.5)
            module.bias.copy_(torch.rand(module.bias.shape, generator=generator) * 0.2 - 0.1)


class Criterion(nn.Module):
    def __init__(self, num_classes, pos_weight):
        super().__init__()
        self.ce_loss = nn.BCEWithLogitsLoss(pos_weight=torch.full((num_classes,), pos_weight))


class FaiCls(nn.Module):
    def __init__(self, backbone, feature, channels, num_classes, num_layers, hidden):
        super().__init__()
        self.feature = feature
        self.backbone = backbone
        if num_layers == 1:
            head = [nn.AdaptiveAvgPool2d(1), nn.Dropout(0.2), nn.Conv2d(channels, num_classes, 1), nn.Identity()]
        else:
            head = [nn.AdaptiveAvgPool2d(1), nn.Conv2d(channels, hidden, 1), nn.ReLU(), nn.Dropout(0.2),
                    nn.Conv2d(hidden, num_classes, 1), nn.Identity()]
        self.cls_head = nn.Module()
        self.cls_head.classifier = nn.Sequential(*head)
        self.criterion = Criterion(num_classes, 2.0)

    def forward(self, x):
        return self.cls_head.classifier(self.backbone(x)[self.feature]).flatten(1)


def stdc_config(size, base, layers):
    return {"model_type": "stdc", "use_pretrained": False, "backbone_url": f"https://example.invalid/stdc_{size}.pth",
            "in_chans": 3, "base": base, "layers": layers, "out_features": ["res2", "res3", "res4", "res5"],
            "block_num": 4, "block_type": "cat", "size": size, "use_conv_last": False}


def resnet_config(depth):
    # No "variant": the reference ResnetConfig defaults to "d".
    return {"model_type": "resnet", "depth": depth, "use_pretrained": False, "in_chans": 3, "freeze_at": -1,
            "num_stages": 4, "freeze_norm": True, "act": "relu", "pretrained": False}


CASES = {
    # name: (backbone factory, backbone config, feature, channels, classes, num_layers, hidden)
    "nano_res4_1layer": (lambda: STDC(32, [2, 2, 2]), stdc_config("nano", 32, [2, 2, 2]), "res4", 256,
                         ["cat", "dog", "bird"], 1, 512),
    "small_res5_2layer": (lambda: STDC(64, [2, 2, 2]), stdc_config("small", 64, [2, 2, 2]), "res5", 1024,
                          ["a", "b", "c", "d"], 2, 32),
    "resnet18d_res5_1layer": (lambda: ResNetD(18), resnet_config(18), "res5", 512, ["x", "y"], 1, 512),
    "resnet50d_res4_2layer": (lambda: ResNetD(50), resnet_config(50), "res4", 1024, ["p", "q", "r"], 2, 64),
}


def write_case(out_dir, name):
    """Writes case NAME to OUT_DIR/NAME; returns the model (eval mode) and its input."""
    make_backbone, backbone_config, feature, channels, classes, num_layers, hidden = CASES[name]
    torch.manual_seed(3)
    model = FaiCls(make_backbone(), feature, channels, len(classes), num_layers, hidden)
    calibrate_batchnorm(model, lambda: torch.randn(4, 3, 96, 96))
    calibrate_frozen(model, torch.randn(4, 3, 96, 96))
    torch.manual_seed(4)
    images = torch.randn(2, 3, 160, 160)
    with torch.no_grad():
        # Scale the last head conv so the largest logit is about 5 (a meaningful 1e-4 check).
        last = model.cls_head.classifier[2 if num_layers == 1 else 4]
        scale = 5.0 / model(images).abs().max()
        last.weight.mul_(scale)
        last.bias.mul_(scale)
        logits = model(images)
    case_dir = os.path.join(out_dir, name)
    os.makedirs(case_dir, exist_ok=True)
    torch.save({"model": model.state_dict()}, os.path.join(case_dir, "model_final.pth"))
    torch.save({"input": images, "logits": logits, "state_dict_entries": len(model.state_dict()),
                "backbone_parameters": BACKBONE_PARAMETERS}, os.path.join(case_dir, "io.pth"))
    config = {
        "num_classes": len(classes),
        "backbone_config": backbone_config,
        "resolution": 160, "pixel_mean": [123.675, 116.28, 103.53], "pixel_std": [58.395, 57.12, 57.375],
        "hidden_dim": hidden, "dropout_rate": 0.2, "features": feature, "num_layers": num_layers,
        "dense_prediction": False, "use_focal_loss": False, "focal_alpha": 0.75, "focal_gamma": 2.0,
        "label_smoothing": 0.0, "pos_weight": 2.0,
    }
    info = {"name": f"fai-cls-test-{name}", "model_family": "fai_cls", "classes": classes, "im_size": 160,
            "task": "classification", "config": config, "ref": None, "focoos_model": "fai-cls",
            "status": "TRAINING_COMPLETED", "description": "test checkpoint", "train_args": None,
            "weights_uri": "model_final.pth", "val_dataset": None,
            "val_metrics": {"classification/F1": 61.9222}, "focoos_version": "0.25.0", "latency": [],
            "training_info": None, "updated_at": None}
    with open(os.path.join(case_dir, "model_info.json"), "w") as handle:
        json.dump(info, handle, indent=2)
    return model, images


BACKBONE_PARAMETERS = {}


def main():
    out_dir = sys.argv[1]
    torch.set_num_threads(2)
    for size, base, layers in (("nano", 32, [2, 2, 2]), ("small", 64, [2, 2, 2]), ("large", 64, [4, 5, 3])):
        BACKBONE_PARAMETERS[size] = parameter_count(STDC(base, layers))
    for name in CASES:
        write_case(out_dir, name)

if __name__ == "__main__":
    main()

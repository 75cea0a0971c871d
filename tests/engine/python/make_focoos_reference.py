"""Writes a FocoosAI-reference-format fai-cls checkpoint with random weights and its logits.

The network is written here from the reference facts (§5.1 STDC, §7 head): ConvX, CatBottleneck
with the depthwise `avd_layer` and AvgPool skip, and the 1x1-conv classification head.
For each case: CASE/model_final.pth ({"model": state_dict}), CASE/model_info.json, CASE/io.pth.
Usage: make_focoos_reference.py OUT_DIR
"""
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


class Criterion(nn.Module):
    def __init__(self, num_classes, pos_weight):
        super().__init__()
        self.ce_loss = nn.BCEWithLogitsLoss(pos_weight=torch.full((num_classes,), pos_weight))


class FaiCls(nn.Module):
    def __init__(self, base, layers, feature, channels, num_classes, num_layers, hidden):
        super().__init__()
        self.feature = feature
        self.backbone = STDC(base, layers)
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


CASES = {
    # name: (size, base, layers, feature, channels, classes, num_layers, hidden)
    "nano_res4_1layer": ("nano", 32, [2, 2, 2], "res4", 256, ["cat", "dog", "bird"], 1, 512),
    "small_res5_2layer": ("small", 64, [2, 2, 2], "res5", 1024, ["a", "b", "c", "d"], 2, 32),
}


def main():
    out_dir = sys.argv[1]
    torch.set_num_threads(2)
    counts = {}
    for size, base, layers in (("nano", 32, [2, 2, 2]), ("small", 64, [2, 2, 2]), ("large", 64, [4, 5, 3])):
        counts[size] = parameter_count(STDC(base, layers))
    for name, (size, base, layers, feature, channels, classes, num_layers, hidden) in CASES.items():
        torch.manual_seed(3)
        model = FaiCls(base, layers, feature, channels, len(classes), num_layers, hidden)
        calibrate_batchnorm(model, lambda: torch.randn(4, 3, 96, 96))
        torch.manual_seed(4)
        images = torch.randn(2, 3, 160, 160)
        with torch.no_grad():
            logits = model(images)
        case_dir = os.path.join(out_dir, name)
        os.makedirs(case_dir, exist_ok=True)
        torch.save({"model": model.state_dict()}, os.path.join(case_dir, "model_final.pth"))
        torch.save({"input": images, "logits": logits, "state_dict_entries": len(model.state_dict()),
                    "backbone_parameters": counts}, os.path.join(case_dir, "io.pth"))
        config = {
            "num_classes": len(classes),
            "backbone_config": {"model_type": "stdc", "use_pretrained": False,
                                "backbone_url": f"https://example.invalid/stdc_{size}.pth", "in_chans": 3,
                                "base": base, "layers": layers,
                                "out_features": ["res2", "res3", "res4", "res5"], "block_num": 4,
                                "block_type": "cat", "size": size, "use_conv_last": False},
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


if __name__ == "__main__":
    main()

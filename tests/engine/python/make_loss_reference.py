"""Writes fixed logits/targets and PyTorch's loss values for them (losses.pth).

Cross-entropy with label smoothing and BCE with pos_weight are PyTorch's own; the focal loss is
the reference formula (reference facts §7) written out in PyTorch.
Usage: make_loss_reference.py OUT_DIR
"""
import sys

import torch
import torch.nn.functional as F


def reference_focal(logits, targets, alpha, gamma, label_smoothing):
    p = torch.clamp(torch.sigmoid(logits), min=1e-6, max=1.0)
    if label_smoothing > 0:
        targets = targets * (1 - label_smoothing) + label_smoothing / logits.shape[1]
    loss = -alpha * (1 - p) ** gamma * (targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    return loss.sum(dim=1).mean()


def main():
    torch.manual_seed(7)
    logits = torch.randn(8, 5) * 3
    labels = torch.randint(0, 5, (8,))
    multi_hot = (torch.rand(8, 5) > 0.6).float()
    one_hot = F.one_hot(labels, 5).float()
    result = {
        "logits": logits,
        "labels": labels,
        "multi_hot": multi_hot,
        "ce": F.cross_entropy(logits, labels),
        "ce_smoothing_0.1": F.cross_entropy(logits, labels, label_smoothing=0.1),
        "bce": F.binary_cross_entropy_with_logits(logits, multi_hot),
        "bce_pos_weight_2": F.binary_cross_entropy_with_logits(logits, multi_hot, pos_weight=torch.full((5,), 2.0)),
        "focal_multi": reference_focal(logits, multi_hot, 0.75, 2.0, 0.0),
        "focal_multi_smoothing_0.1": reference_focal(logits, multi_hot, 0.75, 2.0, 0.1),
        "focal_single_gamma_1.5": reference_focal(logits, one_hot, 0.25, 1.5, 0.0),
    }
    torch.save(result, f"{sys.argv[1]}/losses.pth")


if __name__ == "__main__":
    main()

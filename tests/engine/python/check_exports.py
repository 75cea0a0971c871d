"""Checks our exports with the Python tools their users have (Debian python3-onnx and
python3-torch). Tensors come and go as raw float32 files (numpy.fromfile / tofile).

  check_exports.py onnx MODEL.onnx CLASSES H W
      onnx.checker (full check), opset >= 13, input `images` [batch, 3, H, W] with a symbolic
      batch, output `logits` [batch, CLASSES], metadata "faicls".
  check_exports.py torchscript MODEL.pt INPUT.bin N H W OUTPUT.bin
      torch.jit.load, forward, logits to OUTPUT.bin; the extra file faicls.json must be there.
  check_exports.py focoos FOLDER INPUT.bin N H W OUTPUT.bin
      Loads model_final.pth strictly into the reference-structured PyTorch FAI-CLS (STDC,
      written from the reference facts) built from model_info.json; logits to OUTPUT.bin.
"""
import json
import os
import sys

import numpy
import torch


def read_input(path, n, h, w):
    return torch.from_numpy(numpy.fromfile(path, dtype=numpy.float32).reshape(n, 3, h, w))


def check_onnx(path, classes, height, width):
    import onnx
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    opset = max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    assert opset >= 13, f"opset {opset}"
    (graph_input,) = [i for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    assert graph_input.name == "images", graph_input.name
    dims = graph_input.type.tensor_type.shape.dim
    assert dims[0].dim_param and not dims[0].dim_value, "batch must be symbolic"
    assert [d.dim_value for d in dims[1:]] == [3, height, width], dims
    (output,) = model.graph.output
    assert output.name == "logits", output.name
    out_dims = output.type.tensor_type.shape.dim
    assert out_dims[0].dim_param and out_dims[1].dim_value == classes, out_dims
    metadata = {p.key: p.value for p in model.metadata_props}
    assert len(json.loads(metadata["faicls"])["classes"]) == classes
    print(json.dumps({"opset": opset, "nodes": len(model.graph.node)}))


def check_torchscript(path, input_path, n, h, w, output_path):
    extra = {"faicls.json": ""}
    module = torch.jit.load(path, _extra_files=extra)
    assert json.loads(extra["faicls.json"])["classes"], "faicls.json missing"
    with torch.no_grad():
        module(read_input(input_path, n, h, w)).numpy().astype(numpy.float32).tofile(output_path)


def check_focoos(folder, input_path, n, h, w, output_path):
    sys.path.insert(0, os.path.dirname(__file__))
    from make_focoos_reference import STDC, FaiCls
    with open(os.path.join(folder, "model_info.json")) as handle:
        info = json.load(handle)
    config = info["config"]
    backbone = config["backbone_config"]
    assert backbone["model_type"] == "stdc" and backbone["block_type"] == "cat", backbone
    base = backbone["base"]
    channels = {"res2": base, "res3": base * 4, "res4": base * 8, "res5": base * 16}[config["features"]]
    model = FaiCls(STDC(base, backbone["layers"]), config["features"], channels, len(info["classes"]),
                   config["num_layers"], config["hidden_dim"])
    checkpoint = torch.load(os.path.join(folder, "model_final.pth"), map_location="cpu", weights_only=True)
    model.load_state_dict(checkpoint["model"], strict=True)
    model.eval()
    with torch.no_grad():
        model(read_input(input_path, n, h, w)).numpy().astype(numpy.float32).tofile(output_path)


def main():
    kind = sys.argv[1]
    if kind == "onnx":
        check_onnx(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif kind == "torchscript":
        check_torchscript(sys.argv[2], sys.argv[3], *map(int, sys.argv[4:7]), sys.argv[7])
    elif kind == "focoos":
        check_focoos(sys.argv[2], sys.argv[3], *map(int, sys.argv[4:7]), sys.argv[7])
    else:
        raise SystemExit(f"unknown check {kind}")


if __name__ == "__main__":
    main()

#pragma once

#include <string>

#include "faicls/model_bundle.h"
#include "graph/inference_graph.h"

namespace faicls::exporting {

constexpr int kOnnxOpset = 13;

/// Writes `graph` as an ONNX model (opset 13): input `images` float32 [batch, 3, H, W]
/// normalised, dynamic batch; output `logits` [batch, K]. SiLU becomes x·Sigmoid(x) (no ONNX op
/// before opset 22 names it). The export metadata goes into `metadata_props["faicls"]`.
/// Written atomically.
void writeOnnx(const graph::InferenceGraph& graph, const BundleInfo& info, const std::string& path);

}  // namespace faicls::exporting

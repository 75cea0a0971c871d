#pragma once

#include <string>

#include "faicls/model_bundle.h"
#include "graph/inference_graph.h"
#include "graph/quantized_graph.h"

namespace faicls::exporting {

constexpr int kOnnxOpset = 13;

/// Writes `graph` as an ONNX model (opset 13): input `images` float32 [batch, 3, H, W]
/// normalised, dynamic batch; output `logits` [batch, K]. SiLU becomes x·Sigmoid(x) (no ONNX op
/// before opset 22 names it). The export metadata goes into `metadata_props["faicls"]`.
/// Written atomically.
void writeOnnx(const graph::InferenceGraph& graph, const BundleInfo& info, const std::string& path);

/// The same network with its int8 variant as QDQ (QuantizeLinear/DequantizeLinear, opset 13):
/// every value the int8 graph holds in 8 bits is quantised and dequantised with its encoding,
/// the int8 convolutions read per-channel int8 weights and an int32 bias through
/// DequantizeLinear, so a runtime that fuses QDQ (ONNX Runtime, TensorRT) computes what
/// graph::QuantizedGraph computes, and any other one simulates it in float32.
void writeOnnxInt8(const graph::InferenceGraph& graph, const graph::Int8Parameters& int8,
                   const BundleInfo& info, const std::string& path);

}  // namespace faicls::exporting

#pragma once

#include <string>

#include "faicls/model_bundle.h"
#include "graph/inference_graph.h"

namespace faicls::exporting {

/// Writes `graph` as a TorchScript module (`torch.jit.load`-able in Python and C++): forward
/// takes normalised float32 images [B, 3, H, W] and returns logits [B, K]. The bundle's class
/// names and pre-processing go along as the extra file `faicls.json`. Written atomically.
void writeTorchScript(const graph::InferenceGraph& graph, const BundleInfo& info,
                      const std::string& path);

/// Logits of a TorchScript file for `images` (verification and tests).
torch::Tensor runTorchScript(const std::string& path, const torch::Tensor& images);

}  // namespace faicls::exporting

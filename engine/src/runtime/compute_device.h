#pragma once

#include <torch/torch.h>

#include <string>

namespace faicls::runtime {

/// "auto" (CUDA when this build and machine have it, else the CPU), "cpu", "cuda", "cuda:N".
/// Throws EngineError(InvalidConfig) when CUDA is asked for and missing.
torch::Device deviceFor(const std::string& name);

/// LibTorch starts with a single intra-op thread on some builds: use every core.
void useAllCores();

}  // namespace faicls::runtime

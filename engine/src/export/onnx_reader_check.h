#pragma once

#include <torch/torch.h>

#include <string>

namespace faicls::exporting {

/// Runs an ONNX file as ONNX defines its operators, in float32 on LibTorch: the operators our
/// exports use (Conv, Gemm, Relu, Sigmoid, Add, Sub, Mul, Concat, MaxPool, AveragePool, Pad,
/// GlobalAveragePool, Flatten, QuantizeLinear, DequantizeLinear). It reads the file back node by
/// node, so a wrong name, attribute, initializer or encoding in it shows; it checks the int8
/// export, which OpenCV 4.6 does not run as written (it turns QDQ into int8 layers of its own).
/// Input `images`, output `logits`. Throws EngineError(InvalidFile) naming the file for anything
/// else.
torch::Tensor runOnnxAsWritten(const std::string& path, const torch::Tensor& images);

}  // namespace faicls::exporting

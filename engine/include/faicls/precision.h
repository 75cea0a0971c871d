#pragma once

#include "faicls/cpu_features.h"

#include <optional>
#include <string>

namespace faicls {

/// The number format a network computes in. Master weights, the optimiser state, the loss and
/// the BatchNorm statistics stay float32 in every one of them: the lower precisions are autocast
/// (convolutions and matrix products in 16 bits, the rest in float32).
enum class Precision { Float32, BFloat16, Float16 };

/// "float32", "bfloat16", "float16": the names of `train.precision` and of the run folder.
const char* precisionName(Precision precision);
/// The precision named `name`; nothing for any other text (including "auto").
std::optional<Precision> precisionFromName(const std::string& name);

/// A setting resolved for one device, with why when it is not what was asked for.
struct PrecisionChoice {
    Precision precision = Precision::Float32;
    /// Empty, or a sentence for the log: the fallback taken, or why the choice is slow here.
    std::string note;
};

/// What `train.precision` = `setting` ("auto", "float32", "bfloat16", "float16") means on a CUDA
/// device or on a CPU with `cpu`: auto is float16 on CUDA (when `cudaMixedPrecision`, the
/// `amp_enabled` switch), bfloat16 on a CPU with native bfloat16 (AVX-512 BF16 or AMX) and
/// float32 otherwise. float16 on a CPU falls back to float32 (no CPU float16 autocast); bfloat16
/// on a CPU without native bfloat16 is kept, with a note that it is emulated and slow.
/// Unknown settings throw EngineError(InvalidConfig).
PrecisionChoice choosePrecision(const std::string& setting, bool cuda, bool cudaMixedPrecision,
                                const CpuFeatures& cpu);

/// What "auto" resolves to for training on this machine's CPU (the GUI's precision choice).
Precision automaticCpuPrecision();

}  // namespace faicls

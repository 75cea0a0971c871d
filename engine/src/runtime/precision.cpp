#include "faicls/precision.h"

#include "faicls/engine_error.h"

namespace faicls {

const char* precisionName(Precision precision) {
    switch (precision) {
        case Precision::BFloat16:
            return "bfloat16";
        case Precision::Float16:
            return "float16";
        case Precision::Float32:
            break;
    }
    return "float32";
}

std::optional<Precision> precisionFromName(const std::string& name) {
    for (const Precision precision : {Precision::Float32, Precision::BFloat16, Precision::Float16})
        if (name == precisionName(precision))
            return precision;
    return std::nullopt;
}

PrecisionChoice choosePrecision(const std::string& setting, bool cuda, bool cudaMixedPrecision,
                                const CpuFeatures& cpu) {
    if (setting == "auto") {
        if (cuda)
            return {cudaMixedPrecision ? Precision::Float16 : Precision::Float32, ""};
        if (cpu.nativeBf16())
            return {Precision::BFloat16, ""};
        return {Precision::Float32, ""};
    }
    const std::optional<Precision> named = precisionFromName(setting);
    if (!named)
        throw EngineError(
            ErrorCode::InvalidConfig,
            "precision \"" + setting + "\": expected auto, float32, bfloat16 or float16");
    if (cuda || *named == Precision::Float32)
        return {*named, ""};
    if (*named == Precision::Float16)
        return {Precision::Float32,
                "float16 computes on CUDA only; this run computes in float32 on the CPU"};
    if (!cpu.nativeBf16())
        return {Precision::BFloat16,
                "this processor has no native bfloat16 (AVX-512 BF16 or AMX): bfloat16 is "
                "emulated, slower than float32"};
    return {Precision::BFloat16, ""};
}

Precision automaticCpuPrecision() {
    return choosePrecision("auto", false, false, cpuFeatures()).precision;
}

}  // namespace faicls

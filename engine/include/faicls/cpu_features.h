#pragma once

#include <string>

namespace faicls {

/// What this machine's processor computes fast, read at run time: the instructions (cpuid) and
/// whether the system saves their registers (xgetbv). The one probe behind the choice of
/// precision for training and prediction, and the device line of the GUI and the CLI.
struct CpuFeatures {
    bool avx2 = false;
    bool avx512 = false;      ///< AVX-512 Foundation, usable
    bool avx512Bf16 = false;  ///< bfloat16 dot products (AVX512_BF16)
    bool avx512Vnni = false;  ///< int8 dot products (AVX512_VNNI)
    bool amxBf16 = false;     ///< AMX tiles: bfloat16 matrix products
    bool amxInt8 = false;     ///< AMX tiles: int8 matrix products

    /// bfloat16 runs on units of its own (faster than float32), not emulated.
    bool nativeBf16() const { return avx512Bf16 || amxBf16; }
    /// int8 products run on units of their own.
    bool nativeInt8() const { return avx512Vnni || amxInt8; }
};

/// This machine's, probed once (all false on processors other than x86-64); or what the
/// environment variable FAICLS_CPU_FEATURES lists (the kernel's flag names: "avx2,avx512f,
/// avx512_bf16,avx512_vnni,amx_bf16,amx_int8"), to switch a feature's use off or for tests.
const CpuFeatures& cpuFeatures();

/// The features named in a comma-separated list of the kernel's flag names (avx2, avx512f,
/// avx512_bf16, avx512_vnni, amx_bf16, amx_int8; others are ignored).
CpuFeatures cpuFeaturesFromFlags(const std::string& list);

/// The features above for people: "AVX-512, BF16, VNNI" ("" when it has none of them).
std::string cpuFeatureSummary(const CpuFeatures& features);

}  // namespace faicls

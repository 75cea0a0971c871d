#include "faicls/cpu_features.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

namespace faicls {

namespace {

#if defined(__x86_64__) || defined(__i386__)

bool bit(uint32_t value, int position) {
    return (value >> position) & 1u;
}

// The registers the operating system saves on a context switch (XCR0): an instruction set
// whose registers it does not save cannot be used even when the processor has it.
uint64_t savedRegisterStates() {
    uint32_t low = 0, high = 0;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return (uint64_t(high) << 32) | low;
}

CpuFeatures probe() {
    CpuFeatures features;
    uint32_t eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !bit(ecx, 27))  // OSXSAVE: xgetbv exists
        return features;
    const uint64_t saved = savedRegisterStates();
    const bool avxState = (saved & 0x6) == 0x6;                   // SSE and AVX registers
    const bool avx512State = avxState && (saved & 0xE0) == 0xE0;  // opmask, upper ZMM
    const bool amxState = (saved & 0x60000) == 0x60000;           // tile configuration and data
    if (__get_cpuid_max(0, nullptr) < 7)
        return features;
    __cpuid_count(7, 0, eax, ebx, ecx, edx);
    features.avx2 = avxState && bit(ebx, 5);
    features.avx512 = avx512State && bit(ebx, 16);
    features.avx512Vnni = features.avx512 && bit(ecx, 11);
    features.amxBf16 = amxState && bit(edx, 22) && bit(edx, 24);
    features.amxInt8 = amxState && bit(edx, 25) && bit(edx, 24);
    const uint32_t subleaves = eax;
    if (subleaves >= 1) {
        __cpuid_count(7, 1, eax, ebx, ecx, edx);
        features.avx512Bf16 = features.avx512 && bit(eax, 5);
    }
    return features;
}

#else

CpuFeatures probe() {
    return {};
}

#endif

}  // namespace

CpuFeatures cpuFeaturesFromFlags(const std::string& list) {
    CpuFeatures features;
    std::istringstream names(list);
    for (std::string name; std::getline(names, name, ',');) {
        features.avx2 |= name == "avx2";
        features.avx512 |= name == "avx512f";
        features.avx512Bf16 |= name == "avx512_bf16";
        features.avx512Vnni |= name == "avx512_vnni";
        features.amxBf16 |= name == "amx_bf16";
        features.amxInt8 |= name == "amx_int8";
    }
    return features;
}

const CpuFeatures& cpuFeatures() {
    static const CpuFeatures features = [] {
        const char* given = std::getenv("FAICLS_CPU_FEATURES");
        return given ? cpuFeaturesFromFlags(given) : probe();
    }();
    return features;
}

std::string cpuFeatureSummary(const CpuFeatures& features) {
    std::string text;
    auto add = [&](bool has, const char* name) {
        if (has)
            text += (text.empty() ? "" : ", ") + std::string(name);
    };
    add(features.avx512, "AVX-512");
    add(!features.avx512 && features.avx2, "AVX2");
    add(features.nativeBf16(), "BF16");
    add(features.nativeInt8(), "VNNI");
    add(features.amxBf16 || features.amxInt8, "AMX");
    return text;
}

}  // namespace faicls

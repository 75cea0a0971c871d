#include "runtime/mixed_precision.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace faicls::runtime {

namespace {

// LibTorch 2.4 replaced the CUDA-only autocast switches by per-device ones.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define FAICLS_PER_DEVICE_AUTOCAST 1
#endif

bool cudaAutocastEnabled() {
#ifdef FAICLS_PER_DEVICE_AUTOCAST
    return at::autocast::is_autocast_enabled(at::kCUDA);
#else
    return at::autocast::is_enabled();
#endif
}

void setCudaAutocast(bool enabled) {
#ifdef FAICLS_PER_DEVICE_AUTOCAST
    at::autocast::set_autocast_enabled(at::kCUDA, enabled);
    at::autocast::set_autocast_dtype(at::kCUDA, at::kHalf);
#else
    at::autocast::set_enabled(enabled);
    at::autocast::set_autocast_gpu_dtype(at::kHalf);
#endif
}

}  // namespace

GradientScaler::GradientScaler(bool enabled, double initialScale, int growthInterval)
    : m_enabled(enabled), m_scale(enabled ? initialScale : 1.0), m_growthInterval(growthInterval) {}

void GradientScaler::restore(double scale, int cleanSteps) {
    if (!m_enabled)
        return;
    m_scale = scale;
    m_cleanSteps = cleanSteps;
}

torch::Tensor GradientScaler::scaled(const torch::Tensor& loss) const {
    return m_enabled ? loss * m_scale : loss;
}

bool GradientScaler::unscale(const std::vector<torch::Tensor>& parameters) {
    const double inverse = 1.0 / m_scale;
    std::vector<torch::Tensor> finiteFlags;
    for (const auto& parameter : parameters) {
        auto gradient = parameter.grad();
        if (!gradient.defined())
            continue;
        if (m_enabled)
            gradient.mul_(inverse);
        finiteFlags.push_back(torch::isfinite(gradient).all());
    }
    // One device-to-host read for all of them.
    return finiteFlags.empty() || torch::stack(finiteFlags).all().item<bool>();
}

bool GradientScaler::finishStep(bool gradientsFinite) {
    if (!m_enabled)
        return gradientsFinite;
    if (!gradientsFinite) {
        m_scale *= 0.5;
        m_cleanSteps = 0;
        return false;
    }
    if (++m_cleanSteps >= m_growthInterval) {
        m_scale *= 2.0;
        m_cleanSteps = 0;
    }
    return true;
}

CudaAutocast::CudaAutocast(bool enabled) : m_enabled(enabled) {
    if (!m_enabled)
        return;
    m_wasEnabled = cudaAutocastEnabled();
    setCudaAutocast(true);
    at::autocast::increment_nesting();
}

CudaAutocast::~CudaAutocast() {
    if (!m_enabled)
        return;
    // The cast-weight cache lives for one outermost region, as in PyTorch's autocast.
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    setCudaAutocast(m_wasEnabled);
}

}  // namespace faicls::runtime

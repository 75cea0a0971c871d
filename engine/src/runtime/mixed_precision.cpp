#include "runtime/mixed_precision.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

namespace faicls::runtime {

namespace {

// LibTorch 2.4 replaced the per-backend autocast switches by per-device ones.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define FAICLS_PER_DEVICE_AUTOCAST 1
#endif

struct AutocastState {
    bool enabled;
    at::ScalarType type;
};

AutocastState autocastState(bool cuda) {
#ifdef FAICLS_PER_DEVICE_AUTOCAST
    const at::DeviceType device = cuda ? at::kCUDA : at::kCPU;
    return {at::autocast::is_autocast_enabled(device), at::autocast::get_autocast_dtype(device)};
#else
    if (cuda)
        return {at::autocast::is_enabled(), at::autocast::get_autocast_gpu_dtype()};
    return {at::autocast::is_cpu_enabled(), at::autocast::get_autocast_cpu_dtype()};
#endif
}

void setAutocastState(bool cuda, AutocastState state) {
#ifdef FAICLS_PER_DEVICE_AUTOCAST
    const at::DeviceType device = cuda ? at::kCUDA : at::kCPU;
    at::autocast::set_autocast_enabled(device, state.enabled);
    at::autocast::set_autocast_dtype(device, state.type);
#else
    if (cuda) {
        at::autocast::set_enabled(state.enabled);
        at::autocast::set_autocast_gpu_dtype(state.type);
    } else {
        at::autocast::set_cpu_enabled(state.enabled);
        at::autocast::set_autocast_cpu_dtype(state.type);
    }
#endif
}

at::ScalarType scalarTypeOf(Precision precision) {
    return precision == Precision::Float16 ? at::kHalf : at::kBFloat16;
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

Autocast::Autocast(Precision precision, const torch::Device& device)
    : m_enabled(precision != Precision::Float32), m_cuda(device.is_cuda()) {
    if (!m_enabled)
        return;
    const AutocastState before = autocastState(m_cuda);
    m_wasEnabled = before.enabled;
    m_previousType = static_cast<int>(before.type);
    setAutocastState(m_cuda, {true, scalarTypeOf(precision)});
    at::autocast::increment_nesting();
}

Autocast::~Autocast() {
    if (!m_enabled)
        return;
    // The cast-weight cache lives for one outermost region, as in PyTorch's autocast.
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache();
    setAutocastState(m_cuda, {m_wasEnabled, static_cast<at::ScalarType>(m_previousType)});
}

}  // namespace faicls::runtime

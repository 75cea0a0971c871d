#pragma once

#include "faicls/precision.h"

#include <torch/torch.h>

#include <vector>

namespace faicls::runtime {

/// Dynamic loss scaling for fp16 training (the usual recipe: multiply the loss so that small
/// gradients survive in half precision, divide the gradients back before the step, skip a step
/// whose gradients overflowed and halve the scale; double it after `growthInterval` clean steps).
/// Plain tensor arithmetic, so it runs, and is tested, on the CPU too.
class GradientScaler {
public:
    explicit GradientScaler(bool enabled, double initialScale = 65536.0, int growthInterval = 2000);

    bool enabled() const { return m_enabled; }
    double scale() const { return m_scale; }
    int cleanSteps() const { return m_cleanSteps; }
    /// Restores a saved state (resume).
    void restore(double scale, int cleanSteps);

    /// The loss to call backward() on: multiplied by the scale when enabled.
    torch::Tensor scaled(const torch::Tensor& loss) const;
    /// Divides the gradients of `parameters` by the scale (once per step, before clipping) and
    /// returns whether all of them are finite (a disabled scaler only checks).
    bool unscale(const std::vector<torch::Tensor>& parameters);
    /// Ends a step: whether the optimiser may step (gradients finite), and the new scale.
    bool finishStep(bool gradientsFinite);

private:
    bool m_enabled;
    double m_scale;
    int m_growthInterval;
    int m_cleanSteps = 0;
};

/// While alive, the operations of `device` autocast to `precision` where that is safe
/// (convolutions and matrix products; the rest stays float32): float16 or bfloat16 on CUDA,
/// bfloat16 on the CPU. Float32 does nothing. Nests; written against LibTorch 1.13 and 2.x.
class Autocast {
public:
    Autocast(Precision precision, const torch::Device& device);
    ~Autocast();
    Autocast(const Autocast&) = delete;
    Autocast& operator=(const Autocast&) = delete;

private:
    bool m_enabled;
    bool m_cuda;
    bool m_wasEnabled = false;
    int m_previousType = 0;  ///< the at::ScalarType autocast had before
};

}  // namespace faicls::runtime

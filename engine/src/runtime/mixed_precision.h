#pragma once

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

/// While alive, CUDA operations run in fp16 autocast where safe (convolutions, matrix products);
/// does nothing when `enabled` is false. Written against LibTorch 1.13 and 2.x.
class CudaAutocast {
public:
    explicit CudaAutocast(bool enabled);
    ~CudaAutocast();
    CudaAutocast(const CudaAutocast&) = delete;
    CudaAutocast& operator=(const CudaAutocast&) = delete;

private:
    bool m_enabled;
    bool m_wasEnabled = false;
};

}  // namespace faicls::runtime

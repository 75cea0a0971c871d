#include "infer/prediction_network.h"

#include "faicls/cpu_features.h"
#include "faicls/engine_error.h"

namespace faicls::infer {

std::string resolvePredictionPrecision(const std::string& setting, const BundleInfo& info,
                                       const std::string& bundlePath, const torch::Device& device) {
    if (setting == "auto") {
        // Without a quantized engine in this LibTorch, a kept variant is passed over.
        if (device.is_cpu() && info.hasInt8Variant() && graph::QuantizedGraph::available())
            return "int8";
        return device.is_cpu() && cpuFeatures().nativeBf16() ? "bfloat16" : "float32";
    }
    if (setting == "int8") {
        if (!info.hasInt8Variant())
            throw EngineError(ErrorCode::InvalidConfig,
                              bundlePath +
                                  ": the model has no int8 variant (make one with "
                                  "faicls-cli quantize, or on the Export page)");
        if (!device.is_cpu())
            throw EngineError(ErrorCode::InvalidConfig, "int8 prediction runs on the CPU only");
        return setting;
    }
    if (setting == "float32" || setting == "bfloat16")
        return setting;
    throw EngineError(ErrorCode::InvalidConfig,
                      "no such precision: " + setting + " (auto, float32, bfloat16, int8)");
}

PredictionNetwork::PredictionNetwork(const LoadedBundle& bundle, const std::string& bundlePath,
                                     const torch::Device& device, const std::string& precision)
    : m_device(device),
      m_precision(resolvePredictionPrecision(precision, bundle.info, bundlePath, device)),
      m_graph(modelFromBundle(bundle)->inferenceGraph()) {
    if (m_precision != "int8") {
        m_graph.to(device, m_precision == "bfloat16" ? torch::kBFloat16 : torch::kFloat);
        return;
    }
    const auto parameters =
        graph::int8ParametersFromJson(bundle.info.int8Variant.at("parameters"), bundlePath);
    try {
        m_int8 = std::make_unique<graph::QuantizedGraph>(m_graph, parameters);
    } catch (const EngineError& error) {
        throw EngineError(error.code(), bundlePath + ": " + error.what());
    }
}

torch::Tensor PredictionNetwork::logits(const torch::Tensor& images) const {
    if (m_int8)
        return m_int8->run(images);
    return m_graph.run(images.to(m_device)).to(torch::kCPU, torch::kFloat);
}

}  // namespace faicls::infer

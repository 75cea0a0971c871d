#pragma once

#include <memory>
#include <string>
#include <vector>

#include "faicls/model_bundle.h"

namespace faicls {

/// One class and its score (softmax probability for single-label, sigmoid for multi-label).
struct ClassScore {
    int classId = 0;
    std::string label;
    double confidence = 0;
};

/// The result for one image (spec §6).
struct ImagePrediction {
    std::string imagePath;
    std::vector<ClassScore> labels;  ///< selected classes, highest confidence first
    std::vector<ClassScore> scores;  ///< every class, in class order
};

/// Loads a bundle once and predicts images on the CPU. Not thread-safe: use one per thread.
class Predictor {
public:
    /// Throws EngineError naming the file for a missing or damaged bundle.
    explicit Predictor(const std::string& bundlePath);
    ~Predictor();
    Predictor(const Predictor&) = delete;
    Predictor& operator=(const Predictor&) = delete;

    const BundleInfo& info() const;
    /// Single-label: the top class. Multi-label: every class above the bundle's threshold.
    /// Throws EngineError for an unreadable image.
    ImagePrediction predict(const std::string& imagePath);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace faicls

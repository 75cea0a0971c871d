#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "faicls/job_handle.h"
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

/// How labels are selected from the scores.
struct PredictOptions {
    /// Multi-label: a class is selected when its score is above this; < 0 uses the bundle's tuned
    /// thresholds. Single-label: labels after the top one must reach it (the top class is
    /// always given).
    double threshold = -1;
    /// At most this many labels; 0 = single-label: 1, multi-label: every class above threshold.
    int topK = 0;
    int batchSize = 16;
};

/// An image of a file list: its prediction, or why it could not be predicted.
struct PredictionOutcome {
    std::string imagePath;
    std::optional<ImagePrediction> prediction;
    std::string error;  ///< set when prediction is empty
};

/// Loads a bundle once and predicts images in batches: BatchNorm folded into the convolutions,
/// inference mode, decoding on all cores. Use from one thread at a time (a worker thread is
/// fine).
class Predictor {
public:
    /// `device`: "cpu", "cuda", "cuda:N" or "auto". `precision`: "float32", "bfloat16", "int8"
    /// (the bundle's int8 variant, on the CPU) or "auto": int8 on the CPU when the bundle holds
    /// a variant the person kept, else bfloat16 on a CPU with native bfloat16, else float32.
    /// Throws EngineError naming the file for a missing or damaged bundle, for a device this
    /// machine does not have, and for int8 without a variant or off the CPU.
    explicit Predictor(const std::string& bundlePath, const std::string& device = "cpu",
                       const std::string& precision = "auto");
    ~Predictor();
    Predictor(const Predictor&) = delete;
    Predictor& operator=(const Predictor&) = delete;

    const BundleInfo& info() const;
    std::string deviceName() const;
    /// The precision in use: "float32", "bfloat16" or "int8".
    std::string precisionName() const;

    /// Throws EngineError for an unreadable image.
    ImagePrediction predict(const std::string& imagePath, const PredictOptions& options = {});
    /// An image already in memory: 8-bit RGB rows (`bytesPerLine` apart), e.g. a pasted picture.
    ImagePrediction predictPixels(const uint8_t* rgb, int width, int height, int bytesPerLine,
                                  const PredictOptions& options = {});
    /// Every file, in order, in batches; an unreadable file gets its error and the rest go on.
    /// `job`: progress phase "predicting" in images, after each batch; when it is cancelled
    /// (also before the call), the outcomes so far are returned.
    std::vector<PredictionOutcome> predictFiles(const std::vector<std::string>& imagePaths,
                                                const PredictOptions& options = {},
                                                JobHandle* job = nullptr);

    /// Selects labels from class-ordered scores as predict() does (for live threshold controls).
    std::vector<ClassScore> selectLabels(const std::vector<ClassScore>& scores,
                                         const PredictOptions& options) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Selects labels from class-ordered scores as a Predictor for a bundle described by `info`
/// does (spec §6): for live threshold and top-k controls, without the network.
std::vector<ClassScore> selectLabels(const std::vector<ClassScore>& scores, const BundleInfo& info,
                                     const PredictOptions& options);

/// The image files among `paths`: files as given, folders listed recursively (sorted) by image
/// extension. A path that does not exist, or that is no regular file (a named pipe, whose
/// reading would block; a link that loops), is added to `problems` (when given) and skipped.
std::vector<std::string> collectImageFiles(const std::vector<std::string>& paths,
                                           std::vector<std::string>* problems = nullptr);

}  // namespace faicls

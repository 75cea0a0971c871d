#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "faicls/annotation.h"
#include "faicls/model_bundle.h"

namespace faicls {

/// Where a model's evidence for one class lies in one picture: a Grad-CAM heat map.
struct HeatMap {
    int classId = 0;
    std::string label;
    double confidence = 0;  ///< the model's score for the class (softmax or sigmoid)
    /// The map at the model's input size, rows packed: 0..1, the Grad-CAM values divided by
    /// their largest (all 0 when nothing in the picture speaks for the class).
    int width = 0;
    int height = 0;
    std::vector<float> values;
    /// The part of the picture the model saw, in the decoded picture's pixels: all of it for
    /// "stretch", the centre crop for "shorter_side_center_crop".
    double regionX = 0, regionY = 0, regionWidth = 0, regionHeight = 0;
};

/// Loads a bundle once and explains its predictions with Grad-CAM at the feature level its head
/// reads (any backbone). Use from one thread at a time.
class Explainer {
public:
    /// `device` as for Predictor. Throws EngineError naming the file for a bad bundle.
    explicit Explainer(const std::string& bundlePath, const std::string& device = "cpu");
    ~Explainer();
    Explainer(const Explainer&) = delete;
    Explainer& operator=(const Explainer&) = delete;

    const BundleInfo& info() const;

    /// The heat map of class `classId` (< 0: the class the model scores highest). Throws
    /// EngineError naming the file when it cannot be read, or for a class the model lacks.
    HeatMap explain(const std::string& imagePath, int classId = -1);
    /// The same for a picture in memory: 8-bit RGB rows `bytesPerLine` apart.
    HeatMap explainPixels(const uint8_t* rgb, int width, int height, int bytesPerLine,
                          int classId = -1);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The picture with `map` blended over the region the model saw (blue for none of the
/// evidence, through green and yellow, to red for the most; more opaque where it is stronger).
/// The box of the result is that region.
AnnotatedImage overlayHeatMap(const uint8_t* rgb, int width, int height, int bytesPerLine,
                              const HeatMap& map);

/// Decodes `imagePath`, overlays `map` and writes "label NN%" in the corner (annotateImage).
AnnotatedImage explainedImageFile(const std::string& imagePath, const HeatMap& map);

}  // namespace faicls

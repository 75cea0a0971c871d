#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "faicls/predictor.h"

namespace faicls {

/// A picture with something drawn on it (its prediction, a heat map): 8-bit RGB, rows packed (width
/// * 3 bytes).
struct AnnotatedImage {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb;
    /// Where it was drawn (the label box, the heat map's region); no pixel outside it differs
    /// from the input.
    int boxX = 0, boxY = 0, boxWidth = 0, boxHeight = 0;
};

/// Draws the prediction's labels ("class  93%", one line each, highest first; "no class above
/// the threshold" when there is none) in a box at the top-left corner: white text on a
/// translucent dark panel with a light edge, readable on light and dark pictures, its size in
/// proportion to the picture. `rgb` rows are `bytesPerLine` apart.
AnnotatedImage annotateImage(const uint8_t* rgb, int width, int height, int bytesPerLine,
                             const ImagePrediction& prediction);

/// Decodes `imagePath` (EXIF orientation applied), annotates it and returns it. Throws
/// EngineError naming the file when it cannot be read.
AnnotatedImage annotateImageFile(const std::string& imagePath, const ImagePrediction& prediction);

/// Writes an annotated image (format from the extension: .png, .jpg, ...), atomically.
void writeAnnotatedImage(const AnnotatedImage& image, const std::string& outPath);

}  // namespace faicls

#pragma once

#include <cstdint>

#include <opencv2/core.hpp>

#include "faicls/annotation.h"

namespace faicls {

/// A copy of an 8-bit RGB picture (rows `bytesPerLine` apart) to draw on. Throws EngineError
/// for an empty one: "cannot `verb` an empty image".
AnnotatedImage pictureToDrawOn(const uint8_t* rgb, int width, int height, int bytesPerLine,
                               const char* verb);
/// Its pixels, to draw with OpenCV (shares the memory).
cv::Mat pixelsOf(AnnotatedImage& image);
/// Records where it was drawn on.
void setDrawnBox(AnnotatedImage& image, const cv::Rect& box);

}  // namespace faicls

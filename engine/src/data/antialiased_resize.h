#pragma once

#include <opencv2/core.hpp>

namespace faicls::data {

/// Bilinear resize of an 8-bit image, anti-aliased when shrinking: a triangle filter whose
/// support grows with the scale factor, applied horizontally then vertically with 8-bit rounding
/// in between — the resampling PIL's `Image.resize(BILINEAR)` (and so torchvision's
/// `Resize(antialias=True)`) performs, which the reference trains with.
cv::Mat resizeAntialiased(const cv::Mat& image, cv::Size size);

/// The `region` of `image` resized to `size`, computing only that region (a crop after a resize
/// costs what the crop covers).
cv::Mat resizeAntialiasedRegion(const cv::Mat& image, cv::Size size, cv::Rect region);

}  // namespace faicls::data

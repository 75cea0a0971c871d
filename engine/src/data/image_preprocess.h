#pragma once

#include <string>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "faicls/model_bundle.h"

namespace faicls::data {

/// Decodes an image file to 8-bit RGB (EXIF orientation applied, grey/alpha converted).
/// Throws EngineError naming the file when it cannot be read.
cv::Mat decodeImageRgb(const std::string& path);

/// Applies the bundle's resize policy to an RGB image: the shorter side to the resolution and a
/// centre crop, or a plain stretch. Area interpolation when shrinking (anti-aliased), bilinear
/// when enlarging.
cv::Mat resizeForPolicy(const cv::Mat& rgb, const PreprocessPolicy& policy);

/// RGB uint8 HWC → normalised float [1, 3, H, W].
torch::Tensor normalizedTensor(const cv::Mat& rgb, const PreprocessPolicy& policy);

}  // namespace faicls::data

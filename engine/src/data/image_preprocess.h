#pragma once

#include <string>

#include <torch/torch.h>
#include <opencv2/core.hpp>

#include "faicls/model_bundle.h"

namespace faicls::data {

/// Images larger than this are refused by decodeImageRgb (from their header, undecoded).
constexpr int64_t kMaxDecodePixels = 100'000'000;

/// Decodes an image file to 8-bit RGB (EXIF orientation applied; grey, alpha, palette, 16-bit
/// and CMYK converted). `reduction` 2, 4 or 8 decodes a JPEG at that fraction of its size (fast).
/// Throws EngineError naming the file when it cannot be read.
cv::Mat decodeImageRgb(const std::string& path, int reduction = 1);

/// Applies the bundle's resize policy to an RGB image: "shorter_side_center_crop" (anti-aliased
/// bilinear resize of the shorter side to the resolution, then a centre crop — torchvision's
/// Resize + CenterCrop) or "stretch" (plain bilinear to the resolution, the reference's inference).
cv::Mat resizeForPolicy(const cv::Mat& rgb, const PreprocessPolicy& policy);

/// The size an image takes when its shorter side is resized to the resolution (square) or when
/// it is scaled to cover it (rectangular).
cv::Size shorterSideSize(cv::Size image, const Resolution& resolution);

/// Where the centre `crop` of an image lies (offsets rounded half to even, as torchvision).
cv::Rect centerCropRect(cv::Size image, cv::Size crop);

/// RGB uint8 HWC → normalised float [1, 3, H, W].
torch::Tensor normalizedTensor(const cv::Mat& rgb, const PreprocessPolicy& policy);

}  // namespace faicls::data

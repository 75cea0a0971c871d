#pragma once

#include <random>

#include <opencv2/core.hpp>

#include "faicls/model_config.h"

namespace faicls::data {

/// The training augmentation of an RGB uint8 image, drawn from `random`.
/// Reference defaults (`scaleJitter`): shortest edge resized
/// to U{0.707R .. 1.414R} (anti-aliased), random crop of at most R x R (smaller when the image
/// is; the batch pads), horizontal flip, SSD colour jitter (after the crop: same distribution, less
/// work than the reference's order). `randomResizedCrop`: torchvision's RandomResizedCrop (scale
/// 0.08-1, ratio 3/4-4/3) to R x R, flip, colour jitter. Neither: resize to R x R, flip, colour
/// jitter.
cv::Mat augmentForTraining(const cv::Mat& rgb, const AugmentationConfig& augmentation,
                           const Resolution& resolution, std::mt19937_64& random);

/// The reference's colour augmentation (ColorAugSSD) at `strength` (1 = brightness ±32,
/// contrast and saturation ×0.5-1.5, hue ±18 of 180), each step with probability 0.5.
void jitterColours(cv::Mat& rgb, double strength, std::mt19937_64& random);

}  // namespace faicls::data

#pragma once

#include <torch/torch.h>

#include "nn/fai_classifier.h"

namespace faicls::nn {

/// Class-activation maps and the logits they were computed with.
struct GradCamMaps {
    torch::Tensor maps;      ///< float [B, H, W], not normalised
    torch::Tensor logits;    ///< [B, K]
    torch::Tensor classIds;  ///< int64 [B], the classes explained
};

/// Grad-CAM (Selvaraju et al., 2017) at the feature level the head reads: the gradient of each
/// image's class logit with respect to that feature map, averaged over its positions, weighs
/// the map's channels; the ReLU of the weighted sum, bilinearly upsampled (align_corners false)
/// to the input size. `images` [B, 3, H, W]; `classIds` int64 [B], or undefined for each image's
/// highest-scoring class. Any backbone: only the head is differentiated. `model` should be in
/// eval mode.
GradCamMaps gradCam(FaiClassifierImpl& model, const torch::Tensor& images,
                    const torch::Tensor& classIds = {});

}  // namespace faicls::nn

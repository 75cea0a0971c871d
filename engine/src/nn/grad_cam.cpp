#include "nn/grad_cam.h"

namespace faicls::nn {

GradCamMaps gradCam(FaiClassifierImpl& model, const torch::Tensor& images,
                    const torch::Tensor& classIds) {
    torch::Tensor features;
    {
        // The backbone's own gradients are not needed: the map is a leaf of the head's graph.
        torch::NoGradGuard noGrad;
        features = model.backbone()->forwardFeatures(
            images, model.headFeatureLevel())[static_cast<size_t>(model.headFeatureLevel())];
    }
    torch::AutoGradMode enableGrad(true);
    features = features.detach().requires_grad_(true);
    GradCamMaps result;
    const torch::Tensor logits = model.head()->forward(features);
    result.logits = logits.detach();
    result.classIds = classIds.defined() ? classIds.to(logits.device(), torch::kLong).view({-1})
                                         : result.logits.argmax(1);
    // Images do not interact in eval mode: one backward of the summed class logits gives each
    // image's own gradient.
    const torch::Tensor chosen = logits.gather(1, result.classIds.view({-1, 1})).sum();
    const torch::Tensor gradients = torch::autograd::grad({chosen}, {features})[0];
    const torch::Tensor channelWeights = gradients.mean({2, 3}, /*keepdim=*/true);
    const torch::Tensor map =
        torch::relu((channelWeights * features.detach()).sum(1, /*keepdim=*/true));
    namespace F = torch::nn::functional;
    result.maps =
        F::interpolate(map, F::InterpolateFuncOptions()
                                .size(std::vector<int64_t>{images.size(2), images.size(3)})
                                .mode(torch::kBilinear)
                                .align_corners(false))
            .squeeze(1);
    return result;
}

}  // namespace faicls::nn

#include <algorithm>

#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "faicls/explanation.h"
#include "model/bundle_file.h"
#include "nn/grad_cam.h"
#include "runtime/compute_device.h"

namespace faicls {

namespace {

// The part of a `picture` that `policy` shows the model, in the picture's pixels.
void setRegion(HeatMap& map, cv::Size picture, const PreprocessPolicy& policy) {
    if (policy.resizeMode == "stretch") {
        map.regionWidth = picture.width;
        map.regionHeight = picture.height;
        return;
    }
    const cv::Size scaled = data::shorterSideSize(picture, policy.resolution);
    const cv::Rect crop = data::centerCropRect(
        scaled, cv::Size(policy.resolution.widthPx, policy.resolution.heightPx));
    const double sx = static_cast<double>(picture.width) / scaled.width;
    const double sy = static_cast<double>(picture.height) / scaled.height;
    map.regionX = crop.x * sx;
    map.regionY = crop.y * sy;
    map.regionWidth = crop.width * sx;
    map.regionHeight = crop.height * sy;
}

}  // namespace

struct Explainer::Impl {
    BundleInfo info;
    nn::FaiClassifier model{nullptr};
    torch::Device device{torch::kCPU};

    HeatMap explain(const cv::Mat& rgb, int classId) {
        const int classes = info.model.numClasses;
        if (classId >= classes)
            throw EngineError(ErrorCode::Runtime, "class " + std::to_string(classId) +
                                                      " is not one of the model's " +
                                                      std::to_string(classes) + " classes");
        const cv::Mat ready = data::resizeForPolicy(rgb, info.preprocessing);
        const torch::Tensor images = data::normalizedTensor(ready, info.preprocessing).to(device);
        const torch::Tensor wanted =
            classId < 0 ? torch::Tensor() : torch::full({1}, classId, torch::kLong);
        const nn::GradCamMaps cam = nn::gradCam(*model, images, wanted);
        const torch::Tensor scores =
            info.model.multiLabel ? torch::sigmoid(cam.logits) : torch::softmax(cam.logits, 1);
        HeatMap map;
        map.classId = static_cast<int>(cam.classIds[0].item<int64_t>());
        map.label = info.classNames.at(static_cast<size_t>(map.classId));
        map.confidence = scores[0][map.classId].item<double>();
        torch::Tensor values = cam.maps[0].to(torch::kCPU, torch::kFloat);
        const float largest = values.max().item<float>();
        values = largest > 0 ? (values / largest).contiguous() : torch::zeros_like(values);
        map.height = static_cast<int>(values.size(0));
        map.width = static_cast<int>(values.size(1));
        map.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
        setRegion(map, rgb.size(), info.preprocessing);
        return map;
    }
};

Explainer::Explainer(const std::string& bundlePath, const std::string& device)
    : m_impl(std::make_unique<Impl>()) {
    const LoadedBundle bundle = readBundle(bundlePath);
    m_impl->info = bundle.info;
    m_impl->device = runtime::deviceFor(device);
    runtime::useAllCores();
    m_impl->model = modelFromBundle(bundle);
    m_impl->model->eval();
    m_impl->model->to(m_impl->device);
}

Explainer::~Explainer() = default;

const BundleInfo& Explainer::info() const {
    return m_impl->info;
}

HeatMap Explainer::explain(const std::string& imagePath, int classId) {
    return m_impl->explain(data::decodeImageRgb(imagePath), classId);
}

HeatMap Explainer::explainPixels(const uint8_t* rgb, int width, int height, int bytesPerLine,
                                 int classId) {
    if (!rgb || width <= 0 || height <= 0)
        throw EngineError(ErrorCode::InvalidFile, "the image is empty");
    const cv::Mat view(height, width, CV_8UC3, const_cast<uint8_t*>(rgb),
                       static_cast<size_t>(bytesPerLine));
    return m_impl->explain(view, classId);
}

}  // namespace faicls

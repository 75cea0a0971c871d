#include "faicls/predictor.h"

#include <algorithm>

#include "data/image_preprocess.h"
#include "infer/bundle_file.h"

namespace faicls {

struct Predictor::Impl {
    BundleInfo info;
    nn::FaiClassifier model{nullptr};
};

Predictor::Predictor(const std::string& bundlePath) : m_impl(std::make_unique<Impl>()) {
    const LoadedBundle bundle = readBundle(bundlePath);
    m_impl->info = bundle.info;
    m_impl->model = modelFromBundle(bundle);
}

Predictor::~Predictor() = default;

const BundleInfo& Predictor::info() const {
    return m_impl->info;
}

ImagePrediction Predictor::predict(const std::string& imagePath) {
    const BundleInfo& info = m_impl->info;
    const cv::Mat rgb = data::resizeForPolicy(data::decodeImageRgb(imagePath), info.preprocessing);
    const torch::Tensor input = data::normalizedTensor(rgb, info.preprocessing);
    torch::Tensor logits;
    {
        torch::InferenceMode inference;
        logits = m_impl->model->forward(input)[0];
    }
    const bool multiLabel = info.model.multiLabel;
    const torch::Tensor probabilities =
        (multiLabel ? torch::sigmoid(logits) : torch::softmax(logits, 0)).contiguous();
    const float* values = probabilities.data_ptr<float>();

    ImagePrediction prediction;
    prediction.imagePath = imagePath;
    for (int c = 0; c < info.model.numClasses; ++c)
        prediction.scores.push_back(
            {c, info.classNames[static_cast<size_t>(c)], static_cast<double>(values[c])});
    std::vector<ClassScore> sorted = prediction.scores;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ClassScore& a, const ClassScore& b) {
        return a.confidence > b.confidence;
    });
    if (!multiLabel) {
        prediction.labels.push_back(sorted.front());
    } else {
        for (const auto& score : sorted) {
            const double threshold = info.classThresholds.size() == sorted.size()
                                         ? info.classThresholds[static_cast<size_t>(score.classId)]
                                         : info.threshold;
            if (score.confidence > threshold)
                prediction.labels.push_back(score);
        }
    }
    return prediction;
}

}  // namespace faicls

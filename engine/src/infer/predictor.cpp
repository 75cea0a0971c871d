#include "faicls/predictor.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <thread>

#include "data/image_header.h"
#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "faicls/image_files.h"
#include "infer/prediction_network.h"
#include "model/bundle_file.h"
#include "runtime/compute_device.h"

namespace faicls {
namespace fs = std::filesystem;

struct Predictor::Impl {
    BundleInfo info;
    std::unique_ptr<infer::PredictionNetwork> network;

    // Class-ordered scores [N, K] for normalised images [N, 3, H, W].
    torch::Tensor scores(const torch::Tensor& images) const {
        torch::InferenceMode inference;
        const auto logits = network->logits(images);
        return (info.model.multiLabel ? torch::sigmoid(logits) : torch::softmax(logits, 1))
            .contiguous();
    }

    ImagePrediction predictionFrom(const float* values, const std::string& path,
                                   const PredictOptions& options, const Predictor& owner) const {
        ImagePrediction prediction;
        prediction.imagePath = path;
        for (int c = 0; c < info.model.numClasses; ++c)
            prediction.scores.push_back(
                {c, info.classNames[static_cast<size_t>(c)], static_cast<double>(values[c])});
        prediction.labels = owner.selectLabels(prediction.scores, options);
        return prediction;
    }

    cv::Mat prepared(const std::string& path) const {
        return data::resizeForPolicy(data::decodeImageRgb(path), info.preprocessing);
    }
};

Predictor::Predictor(const std::string& bundlePath, const std::string& device,
                     const std::string& precision)
    : m_impl(std::make_unique<Impl>()) {
    const LoadedBundle bundle = readBundle(bundlePath);
    m_impl->info = bundle.info;
    runtime::useAllCores();
    m_impl->network = std::make_unique<infer::PredictionNetwork>(
        bundle, bundlePath, runtime::deviceFor(device), precision);
}

Predictor::~Predictor() = default;

const BundleInfo& Predictor::info() const {
    return m_impl->info;
}

std::string Predictor::deviceName() const {
    return m_impl->network->device().str();
}

std::string Predictor::precisionName() const {
    return m_impl->network->precision();
}

std::vector<ClassScore> Predictor::selectLabels(const std::vector<ClassScore>& scores,
                                                const PredictOptions& options) const {
    return faicls::selectLabels(scores, m_impl->info, options);
}

ImagePrediction Predictor::predict(const std::string& imagePath, const PredictOptions& options) {
    const cv::Mat rgb = m_impl->prepared(imagePath);
    const torch::Tensor scores =
        m_impl->scores(data::normalizedTensor(rgb, m_impl->info.preprocessing));
    return m_impl->predictionFrom(scores.data_ptr<float>(), imagePath, options, *this);
}

ImagePrediction Predictor::predictPixels(const uint8_t* rgb, int width, int height,
                                         int bytesPerLine, const PredictOptions& options) {
    if (!rgb || width <= 0 || height <= 0)
        throw EngineError(ErrorCode::InvalidFile, "the image is empty");
    const cv::Mat view(height, width, CV_8UC3, const_cast<uint8_t*>(rgb),
                       static_cast<size_t>(bytesPerLine));
    const cv::Mat ready = data::resizeForPolicy(view, m_impl->info.preprocessing);
    const torch::Tensor scores =
        m_impl->scores(data::normalizedTensor(ready, m_impl->info.preprocessing));
    return m_impl->predictionFrom(scores.data_ptr<float>(), "", options, *this);
}

std::vector<PredictionOutcome> Predictor::predictFiles(const std::vector<std::string>& imagePaths,
                                                       const PredictOptions& options,
                                                       JobHandle* job) {
    JobOrSilent handle(job);
    std::vector<PredictionOutcome> outcomes;
    const size_t batchSize = static_cast<size_t>(std::max(1, options.batchSize));
    const size_t decoders =
        std::max<size_t>(1, std::min<size_t>(batchSize, std::thread::hardware_concurrency()));
    for (size_t first = 0; first < imagePaths.size() && !handle->stopRequested();
         first += batchSize) {
        const size_t last = std::min(first + batchSize, imagePaths.size());
        std::vector<cv::Mat> images(last - first);
        std::vector<std::string> errors(last - first);
        // Decoding and resizing dominate for small networks: spread them over the cores.
        std::vector<std::future<void>> workers;
        for (size_t w = 0; w < decoders; ++w) {
            workers.push_back(std::async(std::launch::async, [&, w] {
                for (size_t i = w; i < images.size(); i += decoders) {
                    try {
                        images[i] = m_impl->prepared(imagePaths[first + i]);
                    } catch (const std::exception& error) {
                        errors[i] = error.what();
                    }
                }
            }));
        }
        for (auto& worker : workers)
            worker.get();
        std::vector<torch::Tensor> tensors;
        for (const auto& image : images)
            if (!image.empty())
                tensors.push_back(data::normalizedTensor(image, m_impl->info.preprocessing));
        torch::Tensor scores;
        if (!tensors.empty())
            scores = m_impl->scores(torch::cat(tensors, 0));
        int64_t row = 0;
        const int64_t classes = m_impl->info.model.numClasses;
        for (size_t i = 0; i < images.size(); ++i) {
            PredictionOutcome outcome;
            outcome.imagePath = imagePaths[first + i];
            if (images[i].empty()) {
                outcome.error = errors[i];
            } else {
                outcome.prediction = m_impl->predictionFrom(
                    scores.data_ptr<float>() + row * classes, outcome.imagePath, options, *this);
                ++row;
            }
            outcomes.push_back(std::move(outcome));
        }
        handle->report("predicting", static_cast<int64_t>(outcomes.size()),
                       static_cast<int64_t>(imagePaths.size()));
    }
    return outcomes;
}

std::vector<ClassScore> selectLabels(const std::vector<ClassScore>& scores, const BundleInfo& info,
                                     const PredictOptions& options) {
    std::vector<ClassScore> sorted = scores;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ClassScore& a, const ClassScore& b) {
        return a.confidence > b.confidence;
    });
    std::vector<ClassScore> labels;
    if (sorted.empty())
        return labels;
    if (!info.model.multiLabel) {
        const size_t count = static_cast<size_t>(std::max(1, options.topK));
        labels.push_back(sorted.front());
        for (size_t i = 1; i < sorted.size() && labels.size() < count; ++i)
            if (options.threshold < 0 || sorted[i].confidence >= options.threshold)
                labels.push_back(sorted[i]);
        return labels;
    }
    const bool perClass = options.threshold < 0 && info.classThresholds.size() == scores.size();
    for (const auto& score : sorted) {
        const double threshold =
            options.threshold >= 0
                ? options.threshold
                : (perClass ? info.classThresholds[static_cast<size_t>(score.classId)]
                            : info.threshold);
        if (score.confidence > threshold)
            labels.push_back(score);
        if (options.topK > 0 && labels.size() >= static_cast<size_t>(options.topK))
            break;
    }
    return labels;
}

std::vector<std::string> collectImageFiles(const std::vector<std::string>& paths,
                                           std::vector<std::string>* problems) {
    std::vector<std::string> files;
    auto report = [problems](const std::string& path, const std::string& problem) {
        if (problems)
            problems->push_back(path + ": " + problem);
    };
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(
                     path, fs::directory_options::skip_permission_denied, error);
                 !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
                const std::string file = it->path().string();
                std::error_code unreadable;  // its own: a bad entry must not end the search
                if (it->is_directory(unreadable) || !hasImageExtension(file))
                    continue;
                if (const auto check = data::checkRegularFile(file); check.ok())
                    found.push_back(file);
                else
                    report(file, check.problem);
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (const auto check = data::checkRegularFile(path); check.ok()) {
            files.push_back(path);  // named explicitly: tried whatever its extension
        } else {
            report(path, check.missing ? "no such file or folder" : check.problem);
        }
    }
    return files;
}

}  // namespace faicls

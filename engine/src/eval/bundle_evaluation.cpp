#include "eval/model_evaluation.h"
#include "faicls/engine_error.h"
#include "faicls/evaluation.h"
#include "infer/prediction_network.h"
#include "model/bundle_file.h"
#include "runtime/channels_last.h"
#include "runtime/compute_device.h"

namespace faicls {

namespace {

// Per-image scores in dataset order of evaluation, for threshold controls and galleries.
std::vector<ImageScores> scoredImages(const eval::ModelEvaluation& evaluation,
                                      const DatasetIndex& dataset) {
    std::vector<ImageScores> images;
    const size_t classes = dataset.classNames.size();
    for (size_t i = 0; i < evaluation.positions.size(); ++i) {
        const DatasetImage& image = dataset.images[evaluation.positions[i]];
        ImageScores scored;
        scored.path = image.path;
        scored.relativePath = image.relativePath;
        scored.labels = image.labels;
        scored.scores.assign(
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>(i * classes),
            evaluation.scores.begin() + static_cast<std::ptrdiff_t>((i + 1) * classes));
        images.push_back(std::move(scored));
    }
    return images;
}

}  // namespace

EvaluationMetrics evaluateBundle(const std::string& bundlePath, const std::string& datasetRoot,
                                 Split split, const ScanOptions& scan, JobHandle* job,
                                 const std::string& precision) {
    return evaluateBundleDetailed(bundlePath, datasetRoot, split, scan, job, precision).metrics;
}

EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         const std::string& datasetRoot, Split split,
                                         const ScanOptions& scan, JobHandle* job,
                                         const std::string& precision) {
    JobOrSilent handle(job);
    // A bad bundle or a precision it cannot run is said before the dataset is scanned.
    infer::resolvePredictionPrecision(precision, readBundleInfo(bundlePath), bundlePath,
                                      torch::kCPU);
    return evaluateBundleDetailed(
        bundlePath, std::make_shared<const DatasetIndex>(scanDataset(datasetRoot, scan, &*handle)),
        split, &*handle, precision);
}

EvaluationDetails evaluateBundleDetailed(const std::string& bundlePath,
                                         std::shared_ptr<const DatasetIndex> dataset, Split split,
                                         JobHandle* job, const std::string& precision) {
    JobOrSilent handle(job);
    const std::string& datasetRoot = dataset->root;
    const LoadedBundle bundle = readBundle(bundlePath);
    if (dataset->classNames != bundle.info.classNames)
        throw EngineError(
            ErrorCode::InvalidFile,
            datasetRoot + ": its classes differ from the model's (" + bundlePath + ")");
    runtime::useAllCores();
    const std::string resolved =
        infer::resolvePredictionPrecision(precision, bundle.info, bundlePath, torch::kCPU);
    data::LoaderOptions options;
    options.split = split;
    options.augment = false;
    options.shuffle = false;
    options.batchSize = 32;
    options.policy = bundle.info.preprocessing;
    data::DataLoader loader(dataset, options);
    if (loader.imageCount() == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          datasetRoot + ": no images in the " + splitName(split) + " split");
    const auto wake = handle->wakeOnCancel([&loader] { loader.cancel(); });
    eval::ModelEvaluation evaluation;
    if (resolved == "float32") {
        nn::FaiClassifier model = modelFromBundle(bundle);
        runtime::toChannelsLast(*model);
        eval::EvaluationSettings settings;
        settings.threshold = bundle.info.threshold;
        evaluation = eval::evaluateModel(model, loader, *dataset, settings, *handle);
    } else {
        const infer::PredictionNetwork network(bundle, bundlePath, torch::kCPU, resolved);
        evaluation = eval::evaluateNetwork(
            [&network](const torch::Tensor& images) {
                torch::InferenceMode inference;
                return network.logits(images);
            },
            modelFromBundle(bundle)->lossOptions(), loader, *dataset, bundle.info.threshold,
            *handle);
    }
    if (evaluation.cancelled)
        throw EngineError(ErrorCode::Cancelled, bundlePath + ": evaluation cancelled");
    EvaluationDetails details;
    details.metrics = evaluation.metrics;
    details.precision = resolved;
    details.classNames = dataset->classNames;
    details.images = scoredImages(evaluation, *dataset);
    return details;
}

}  // namespace faicls

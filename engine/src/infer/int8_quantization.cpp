#include <chrono>
#include <cstdio>

#include "data/data_loader.h"
#include "data/image_preprocess.h"
#include "eval/model_evaluation.h"
#include "faicls/cpu_features.h"
#include "faicls/engine_error.h"
#include "faicls/int8_variant.h"
#include "graph/quantized_graph.h"
#include "model/bundle_file.h"
#include "runtime/compute_device.h"

namespace faicls {

namespace {

// A sample of the training split, seeded so that the same bundle and dataset give the same
// variant.
void calibrateOnTrainingSplit(graph::ActivationRanges& ranges,
                              std::shared_ptr<const DatasetIndex> dataset,
                              const PreprocessPolicy& policy, int wanted, JobHandle& job) {
    data::LoaderOptions options;
    options.split = Split::Train;
    options.augment = false;
    options.shuffle = true;
    options.seed = 8;
    options.batchSize = 16;
    options.policy = policy;
    data::DataLoader loader(dataset, options);
    if (loader.imageCount() == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          dataset->root + ": no images in the training split to calibrate on");
    const auto wake = job.wakeOnCancel([&loader] { loader.cancel(); });
    const int64_t total = std::min<int64_t>(wanted, static_cast<int64_t>(loader.imageCount()));
    loader.startEpoch(0);
    while (ranges.imagesSeen() < total) {
        auto batch = loader.next();
        if (!batch || job.stopRequested())
            break;
        const int64_t take = std::min<int64_t>(batch->images.size(0), total - ranges.imagesSeen());
        ranges.observe(batch->images.narrow(0, 0, take));
        job.report("calibrating", ranges.imagesSeen(), total);
    }
    loader.cancel();
}

void calibrateOnFiles(graph::ActivationRanges& ranges, const std::vector<std::string>& files,
                      const PreprocessPolicy& policy, JobHandle& job) {
    const int64_t total = static_cast<int64_t>(files.size());
    for (const auto& file : files) {
        if (job.stopRequested())
            return;
        const cv::Mat rgb = data::resizeForPolicy(data::decodeImageRgb(file), policy);
        ranges.observe(data::normalizedTensor(rgb, policy));
        job.report("calibrating", ranges.imagesSeen(), total);
    }
}

// Both graphs over the validation split, image for image.
void compareOnValidation(Int8Candidate& candidate, const graph::InferenceGraph& floatGraph,
                         const graph::QuantizedGraph& int8Graph,
                         std::shared_ptr<const DatasetIndex> dataset, const LoadedBundle& bundle,
                         JobHandle& job) {
    data::LoaderOptions options;
    options.split = Split::Valid;
    options.augment = false;
    options.shuffle = false;
    options.batchSize = 32;
    options.policy = bundle.info.preprocessing;
    data::DataLoader loader(dataset, options);
    if (loader.imageCount() == 0)
        throw EngineError(ErrorCode::InvalidFile,
                          dataset->root + ": no images in the validation split to measure on");
    const auto wake = job.wakeOnCancel([&loader] { loader.cancel(); });
    const nn::LossOptions loss = modelFromBundle(bundle)->lossOptions();
    eval::EvaluationAccumulator floatScores(*dataset, loss), int8Scores(*dataset, loss);
    int64_t images = 0, agreeing = 0;
    double largest = 0, floatSeconds = 0, int8Seconds = 0;
    const bool multiLabel = bundle.info.model.multiLabel;
    loader.startEpoch(0);
    while (auto batch = loader.next()) {
        if (job.stopRequested())
            break;
        torch::InferenceMode inference;
        const auto start = std::chrono::steady_clock::now();
        const auto floatLogits = floatGraph.run(batch->images);
        const auto between = std::chrono::steady_clock::now();
        const auto int8Logits = int8Graph.run(batch->images);
        floatSeconds += std::chrono::duration<double>(between - start).count();
        int8Seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - between).count();
        floatScores.add(floatLogits, batch->targets, batch->positions);
        int8Scores.add(int8Logits, batch->targets, batch->positions);
        const auto p = multiLabel ? torch::sigmoid(floatLogits) : torch::softmax(floatLogits, 1);
        const auto q = multiLabel ? torch::sigmoid(int8Logits) : torch::softmax(int8Logits, 1);
        largest = std::max(largest, (p - q).abs().max().item<double>());
        agreeing += (p.argmax(1) == q.argmax(1)).sum().item<int64_t>();
        images += batch->images.size(0);
        job.report("evaluating", images, static_cast<int64_t>(loader.imageCount()));
    }
    const bool cancelled = job.isCancelled();
    candidate.float32Metrics = floatScores.finish(bundle.info.threshold, cancelled).metrics;
    candidate.int8Metrics = int8Scores.finish(bundle.info.threshold, cancelled).metrics;
    candidate.top1Agreement = images > 0 ? static_cast<double>(agreeing) / images : 0;
    candidate.largestScoreDifference = largest;
    candidate.speedup = int8Seconds > 0 ? floatSeconds / int8Seconds : 0;
}

double headline(const EvaluationMetrics& metrics) {
    return metrics.multiLabel ? metrics.f1 : metrics.accuracy;
}

nlohmann::json figuresOf(const EvaluationMetrics& metrics) {
    return {{"accuracy", metrics.accuracy}, {"f1", metrics.f1}};
}

}  // namespace

double Int8Candidate::drop() const {
    return headline(float32Metrics) - headline(int8Metrics);
}

Int8Candidate quantizeBundle(const std::string& bundlePath, const std::string& datasetRoot,
                             const Int8Options& options, const ScanOptions& scan, JobHandle* job) {
    JobOrSilent handle(job);
    const auto started = std::chrono::steady_clock::now();
    const LoadedBundle bundle = readBundle(bundlePath);
    auto dataset = std::make_shared<const DatasetIndex>(scanDataset(datasetRoot, scan, &*handle));
    if (dataset->classNames != bundle.info.classNames)
        throw EngineError(
            ErrorCode::InvalidFile,
            datasetRoot + ": its classes differ from the model's (" + bundlePath + ")");
    if (options.calibrationFiles.empty() && options.calibrationImages < 1)
        throw EngineError(ErrorCode::InvalidConfig, "int8: at least one calibration image");
    runtime::useAllCores();
    graph::InferenceGraph floatGraph = modelFromBundle(bundle)->inferenceGraph();
    floatGraph.to(torch::kCPU);

    graph::ActivationRanges ranges(floatGraph);
    if (options.calibrationFiles.empty())
        calibrateOnTrainingSplit(ranges, dataset, bundle.info.preprocessing,
                                 options.calibrationImages, *handle);
    else
        calibrateOnFiles(ranges, options.calibrationFiles, bundle.info.preprocessing, *handle);
    if (handle->isCancelled())
        throw EngineError(ErrorCode::Cancelled, bundlePath + ": int8 calibration cancelled");
    // 7-bit activations where 8-bit products are summed in 16 bits (no VNNI): see
    // Int8Parameters::reducedRange. A variant made here then runs well everywhere.
    const graph::Int8Parameters parameters = ranges.parameters(!cpuFeatures().nativeInt8());
    const graph::QuantizedGraph int8Graph(floatGraph, parameters);

    Int8Candidate candidate;
    candidate.bundlePath = bundlePath;
    candidate.calibrationImages = ranges.imagesSeen();
    candidate.engine = graph::QuantizedGraph::engineName();
    compareOnValidation(candidate, floatGraph, int8Graph, dataset, bundle, *handle);
    if (handle->isCancelled())
        throw EngineError(ErrorCode::Cancelled, bundlePath + ": int8 evaluation cancelled");
    candidate.calibrationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    candidate.variant = {
        {"parameters", graph::toJson(parameters)},
        {"calibration",
         {{"images", candidate.calibrationImages},
          {"source", options.calibrationFiles.empty() ? "training split" : "chosen images"}}},
        {"validation",
         {{"images", candidate.int8Metrics.images},
          {"figure", bundle.info.model.multiLabel ? "f1" : "accuracy"},
          {"float32", figuresOf(candidate.float32Metrics)},
          {"int8", figuresOf(candidate.int8Metrics)},
          {"top1_agreement", candidate.top1Agreement},
          {"speedup", candidate.speedup},
          {"largest_score_difference", candidate.largestScoreDifference}}},
        {"engine", candidate.engine}};
    return candidate;
}

void keepInt8Variant(const Int8Candidate& candidate) {
    LoadedBundle bundle = readBundle(candidate.bundlePath);
    bundle.info.int8Variant = candidate.variant;
    writeBundle(candidate.bundlePath, bundle.info, bundle.weights);
}

Int8VariantFigures int8VariantFigures(const nlohmann::json& variant) {
    // A bundle is untrusted bytes: every field is checked before it is read.
    using nlohmann::json;
    auto member = [](const json& object, const char* key) -> const json* {
        if (!object.is_object())
            return nullptr;
        const auto found = object.find(key);
        return found == object.end() ? nullptr : &*found;
    };
    auto number = [&](const json& object, const char* key) {
        const json* value = member(object, key);
        return value && value->is_number() ? value->get<double>() : 0.0;
    };
    Int8VariantFigures figures;
    const json* validation = member(variant, "validation");
    if (!validation || !validation->is_object())
        return figures;
    const json* figure = member(*validation, "figure");
    figures.multiLabel = figure && figure->is_string() && figure->get<std::string>() == "f1";
    const char* key = figures.multiLabel ? "f1" : "accuracy";
    if (const json* int8 = member(*validation, "int8"))
        figures.int8 = number(*int8, key);
    if (const json* float32 = member(*validation, "float32"))
        figures.float32 = number(*float32, key);
    figures.top1Agreement = number(*validation, "top1_agreement");
    figures.speedup = number(*validation, "speedup");
    figures.validationImages = static_cast<int64_t>(number(*validation, "images"));
    if (const json* calibration = member(variant, "calibration"))
        figures.calibrationImages = static_cast<int64_t>(number(*calibration, "images"));
    figures.known = true;
    return figures;
}

}  // namespace faicls

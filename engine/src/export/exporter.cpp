#include "faicls/exporter.h"

#include <filesystem>

#include <opencv2/dnn.hpp>

#include "data/image_preprocess.h"
#include "export/onnx_export.h"
#include "export/onnx_reader_check.h"
#include "export/reference_export.h"
#include "export/reference_model_kind.h"
#include "export/torchscript_export.h"
#include "faicls/engine_error.h"
#include "faicls/model_import.h"
#include "graph/quantized_graph.h"
#include "model/bundle_file.h"

namespace faicls {
namespace fs = std::filesystem;

namespace {

constexpr const char* kWriting = "writing";
constexpr const char* kVerifying = "verifying";

// The images an export is compared on: the given files, pre-processed as the bundle says, and
// four seeded synthetic ones (normalised noise, smooth gradients) so there is always a batch.
torch::Tensor verificationBatch(const BundleInfo& info, const std::vector<std::string>& files,
                                std::vector<std::string>& unreadable) {
    std::vector<torch::Tensor> images;
    for (const auto& file : files) {
        try {
            images.push_back(data::normalizedTensor(
                data::resizeForPolicy(data::decodeImageRgb(file), info.preprocessing),
                info.preprocessing));
        } catch (const std::exception& error) {
            // Not the export's fault: reported, and the other inputs are still compared.
            unreadable.push_back(error.what());
        }
    }
    const auto& r = info.preprocessing.resolution;
    auto generator = at::detail::createCPUGenerator(20241129);
    images.push_back(torch::randn({2, 3, r.heightPx, r.widthPx}, generator));
    const auto ramp = torch::linspace(-2.0, 2.0, r.widthPx).view({1, 1, 1, -1});
    images.push_back(ramp.expand({1, 3, r.heightPx, r.widthPx}).contiguous());
    images.push_back(-ramp.transpose(2, 3).expand({1, 3, r.heightPx, r.widthPx}).contiguous() *
                     torch::rand({1, 3, 1, 1}, generator));
    return torch::cat(images, 0);
}

// One image at a time: OpenCV 4.6 cannot broadcast a [N, C, 1, 1] product over a batch of more
// than one (EfficientNet's squeeze-excitation), though the graph itself is batch-dynamic.
torch::Tensor runOnnxWithOpenCv(const std::string& path, const torch::Tensor& images) {
    std::vector<torch::Tensor> logits;
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(path);
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        for (int64_t i = 0; i < images.size(0); ++i) {
            const torch::Tensor input = images.slice(0, i, i + 1).contiguous();
            const std::vector<int> shape(input.sizes().begin(), input.sizes().end());
            net.setInput(
                cv::Mat(static_cast<int>(shape.size()), shape.data(), CV_32F, input.data_ptr()),
                "images");
            const cv::Mat out = net.forward("logits");
            logits.push_back(torch::from_blob(const_cast<float*>(out.ptr<float>()),
                                              {1, static_cast<int64_t>(out.total())}, torch::kFloat)
                                 .clone());
        }
    } catch (const cv::Exception& error) {
        throw EngineError(ErrorCode::InvalidFile,
                          path + ": OpenCV DNN cannot run it: " + error.what());
    }
    return torch::cat(logits, 0);
}

// An int8 network's logits move by whole quantisation steps where two runtimes round one
// intermediate value differently: a twentieth of the logits' spread allows a few such steps.
double int8Tolerance(const torch::Tensor& logits) {
    return 0.05 * std::max(1.0, (logits.max() - logits.min()).item<double>());
}

ExportVerification compare(const std::string& runtime, const torch::Tensor& expected,
                           const torch::Tensor& actual, double tolerance = 1e-4) {
    ExportVerification v;
    v.runtime = runtime;
    v.tolerance = tolerance;
    v.images = static_cast<int>(expected.size(0));
    if (actual.sizes() != expected.sizes()) {
        v.maxAbsDifference = std::numeric_limits<double>::infinity();
        return v;
    }
    v.maxAbsDifference = (expected - actual).abs().max().item<double>();
    v.passed = v.maxAbsDifference <= v.tolerance;
    return v;
}

}  // namespace

ExportFormat exportFormatFromName(const std::string& name) {
    if (name == "onnx")
        return ExportFormat::Onnx;
    if (name == "torchscript")
        return ExportFormat::TorchScript;
    if (name == "focoos")
        return ExportFormat::Focoos;
    if (name == "onnx-int8")
        return ExportFormat::OnnxInt8;
    throw EngineError(
        ErrorCode::InvalidConfig,
        "export format \"" + name + "\" is not one of onnx, onnx-int8, torchscript, focoos");
}

const char* exportFormatName(ExportFormat format) {
    switch (format) {
        case ExportFormat::Onnx:
            return "onnx";
        case ExportFormat::TorchScript:
            return "torchscript";
        case ExportFormat::Focoos:
            return "focoos";
        case ExportFormat::OnnxInt8:
            return "onnx-int8";
    }
    return "?";
}

ExportResult exportModel(const std::string& bundlePath, ExportFormat format, const std::string& out,
                         const std::vector<std::string>& checkImages, JobHandle* job) {
    JobOrSilent handle(job);
    handle->report(kWriting, 0, 1);
    const LoadedBundle bundle = readBundle(bundlePath);
    if (format == ExportFormat::OnnxInt8 && !bundle.info.hasInt8Variant())
        throw EngineError(ErrorCode::InvalidConfig,
                          bundlePath +
                              ": the model has no int8 variant to export (make one with "
                              "faicls-cli quantize --keep, or on the Export page)");
    nn::FaiClassifier model = modelFromBundle(bundle);
    std::vector<std::string> unreadable;
    const torch::Tensor images = verificationBatch(bundle.info, checkImages, unreadable);
    torch::Tensor expected;
    {
        // The reference for every check is the network itself, not the folded graph.
        torch::NoGradGuard noGrad;
        expected = model->forward(images);
    }
    throwIfCancelled(*handle, out);
    ExportResult result;
    // Each format is written, then (after a last chance to cancel) loaded back and compared.
    const auto verifying = [&] {
        throwIfCancelled(*handle, out + ": written, not checked");
        handle->report(kVerifying, 0, 1);
    };
    if (const fs::path parent = fs::path(out).parent_path();
        !parent.empty() && format != ExportFormat::Focoos)
        fs::create_directories(parent);
    switch (format) {
        case ExportFormat::Onnx: {
            exporting::writeOnnx(model->inferenceGraph(), bundle.info, out);
            result.files = {out};
            verifying();
            result.verification = compare(std::string("OpenCV DNN ") + CV_VERSION, expected,
                                          runOnnxWithOpenCv(out, images));
            break;
        }
        case ExportFormat::OnnxInt8: {
            const graph::InferenceGraph floatGraph = model->inferenceGraph();
            const auto parameters =
                graph::int8ParametersFromJson(bundle.info.int8Variant.at("parameters"), bundlePath);
            exporting::writeOnnxInt8(floatGraph, parameters, bundle.info, out);
            result.files = {out};
            verifying();
            // Against the int8 graph the engine predicts with, within the rounding of a few
            // 8-bit steps: runtimes round their requantisation differently.
            torch::Tensor int8Logits;
            {
                torch::InferenceMode inference;
                int8Logits = graph::QuantizedGraph(floatGraph, parameters).run(images);
            }
            result.verification = compare(
                "the file read back and run as ONNX defines it (float32; OpenCV 4.6 turns "
                "QDQ into int8 layers of its own)",
                int8Logits, exporting::runOnnxAsWritten(out, images), int8Tolerance(int8Logits));
            break;
        }
        case ExportFormat::TorchScript: {
            exporting::writeTorchScript(model->inferenceGraph(), bundle.info, out);
            result.files = {out};
            verifying();
            result.verification = compare("torch::jit::load (LibTorch " TORCH_VERSION ")", expected,
                                          exporting::runTorchScript(out, images));
            break;
        }
        case ExportFormat::Focoos: {
            exporting::writeReferenceCheckpoint(model, bundle.info, out);
            const std::string checkpoint = (fs::path(out) / "model_final.pth").string();
            const std::string info = (fs::path(out) / "model_info.json").string();
            result.files = {checkpoint, info,
                            (fs::path(out) / exporting::kReferenceModelKindFile).string()};
            verifying();
            // Round trip through our reference importer into a scratch bundle.
            const std::string scratch = (fs::path(out) / ".verify.faicls").string();
            importFocoos(checkpoint, info, scratch);
            const LoadedBundle reloaded = readBundle(scratch);
            std::error_code ignored;
            fs::remove(scratch, ignored);
            torch::NoGradGuard noGrad;
            result.verification = compare("import --focoos (reference key names)", expected,
                                          modelFromBundle(reloaded)->forward(images));
            if (reloaded.info.model.multiLabel != bundle.info.model.multiLabel)
                result.verification.passed = false;  // same logits, other scores
            break;
        }
    }
    result.verification.unreadableImages = std::move(unreadable);
    handle->report(kVerifying, 1, 1);
    return result;
}

}  // namespace faicls

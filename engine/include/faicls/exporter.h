#pragma once

#include <string>
#include <vector>

#include "faicls/job_handle.h"

namespace faicls {

enum class ExportFormat {
    Onnx,         ///< model.onnx, opset 13, input `images`, output `logits`, dynamic batch
    TorchScript,  ///< model.pt, torch.jit.load-able
    Focoos,       ///< model_final.pth + model_info.json for the FocoosAI reference
    OnnxInt8      ///< the bundle's int8 variant as ONNX QDQ (same input and output)
};

/// "onnx", "torchscript", "focoos", "onnx-int8" → format; throws EngineError(InvalidConfig)
/// otherwise.
ExportFormat exportFormatFromName(const std::string& name);
const char* exportFormatName(ExportFormat format);

/// How an export was checked right after it was written: re-loaded by an independent runtime
/// (OpenCV DNN for ONNX, the TorchScript loader, our reference importer) and run on the same
/// images as the engine.
struct ExportVerification {
    std::string runtime;          ///< what ran the exported file
    int images = 0;               ///< how many images were compared
    double maxAbsDifference = 0;  ///< largest |logit difference|
    double tolerance = 1e-4;
    bool passed = false;
    /// Check images that could not be read ("path: reason"); the others and the synthetic
    /// inputs were compared.
    std::vector<std::string> unreadableImages;
};

struct ExportResult {
    std::vector<std::string> files;  ///< what was written
    ExportVerification verification;
};

/// Exports a bundle. `out`: the file to write (ONNX, TorchScript) or the folder (focoos).
/// `checkImages`: image files to compare on (besides a few seeded synthetic inputs). Throws
/// EngineError naming the file for a bad bundle, an unsupported model, or a write failure; a
/// failed verification is reported in the result (the files stay, for inspection). `job`:
/// phases "writing" and "verifying"; cancelled, it throws EngineError(Cancelled) before the
/// write or before the check.
ExportResult exportModel(const std::string& bundlePath, ExportFormat format, const std::string& out,
                         const std::vector<std::string>& checkImages = {},
                         JobHandle* job = nullptr);

}  // namespace faicls

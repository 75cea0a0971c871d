#pragma once

#include <string>

#include "faicls/model_bundle.h"
#include "io/torch_file_reader.h"
#include "nn/fai_classifier.h"

namespace faicls {

/// A bundle as stored: its description and its weights (our own names, `backbone.*`, `head.*`).
struct LoadedBundle {
    BundleInfo info;
    io::StateDict weights;
};

/// Writes a `.faicls` bundle: a zip archive holding `bundle.json` and one raw little-endian
/// record per tensor (`tensors/<i>`, listed in bundle.json with name, dtype and shape).
/// Atomic (temporary file + rename).
void writeBundle(const std::string& path, const BundleInfo& info, const io::StateDict& weights);
/// The same, written to `path` itself and synced, for a caller that renames it into place
/// (io::writeFileSynced); errors name `reportedPath`.
void writeBundleSynced(const std::string& path, const std::string& reportedPath,
                       const BundleInfo& info, const io::StateDict& weights);

/// Reads a bundle; throws EngineError naming the file for a missing, damaged or newer-format file.
LoadedBundle readBundle(const std::string& path);

/// Parameters and buffers of a model, named as the bundle stores them.
io::StateDict stateDictOf(const nn::FaiClassifier& model);

/// A network built from a bundle, with its weights, in eval mode.
nn::FaiClassifier modelFromBundle(const LoadedBundle& bundle);

BundleInfo bundleInfoFromJson(const nlohmann::json& json, const std::string& path);

}  // namespace faicls

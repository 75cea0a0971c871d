#pragma once

#include <optional>
#include <string>
#include <vector>

namespace faicls::exporting {

/// What the reference's own files cannot say about a model we export to its format: whether
/// it was trained single- or multi-label, and its thresholds. The reference builds its config
/// from model_info.json's keys and refuses unknown ones, so this lives in a file of its own
/// beside it, which the reference ignores and `import --focoos` reads.
struct ReferenceModelKind {
    bool multiLabel = true;
    double threshold = 0.5;
    std::vector<double> classThresholds;
};

constexpr const char* kReferenceModelKindFile = "faicls_model.json";

/// Writes kReferenceModelKindFile into `folder`, atomically.
void writeReferenceModelKind(const std::string& folder, const ReferenceModelKind& kind);

/// The kind recorded beside `modelInfoPath`; nullopt when there is no such file (a model the
/// reference trained). Throws EngineError(InvalidFile) naming the file when it is damaged.
std::optional<ReferenceModelKind> readReferenceModelKind(const std::string& modelInfoPath);

}  // namespace faicls::exporting

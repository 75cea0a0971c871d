#include "export/reference_model_kind.h"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "faicls/engine_error.h"
#include "io/atomic_file.h"
#include "io/json_file.h"

namespace faicls::exporting {
namespace fs = std::filesystem;
using nlohmann::json;

void writeReferenceModelKind(const std::string& folder, const ReferenceModelKind& kind) {
    const json record = {{"format", "faicls-reference-export"},
                         {"multi_label", kind.multiLabel},
                         {"threshold", kind.threshold},
                         {"class_thresholds", kind.classThresholds}};
    io::writeFileAtomically((fs::path(folder) / kReferenceModelKindFile).string(),
                            [&](std::ostream& o) { o << record.dump(2) << "\n"; });
}

std::optional<ReferenceModelKind> readReferenceModelKind(const std::string& modelInfoPath) {
    const fs::path file = fs::path(modelInfoPath).parent_path() / kReferenceModelKindFile;
    std::error_code error;
    if (!fs::exists(file, error))
        return std::nullopt;
    const json record = io::readJsonFile(file.string());
    try {
        ReferenceModelKind kind;
        kind.multiLabel = record.at("multi_label").get<bool>();
        kind.threshold = record.value("threshold", 0.5);
        kind.classThresholds = record.value("class_thresholds", std::vector<double>{});
        return kind;
    } catch (const json::exception& problem) {
        throw EngineError(ErrorCode::InvalidFile,
                          file.string() + ": not a model kind record (" + problem.what() + ")");
    }
}

}  // namespace faicls::exporting

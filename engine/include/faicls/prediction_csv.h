#pragma once

#include <string>
#include <vector>

#include "faicls/predictor.h"

namespace faicls {

/// Writes one row per image: `path,labels,confidences,error` (labels and confidences joined by
/// ';', highest first; error set for a file that could not be read). RFC 4180 quoting. Written
/// atomically; throws EngineError(WriteFailed) naming the file.
void writePredictionsCsv(const std::string& path, const std::vector<PredictionOutcome>& outcomes);

}  // namespace faicls

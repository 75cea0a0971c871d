#pragma once

// Internal: the metrics.jsonl record format, written by RunFolder and read by readRunLog — one
// place for its keys.

#include <nlohmann/json.hpp>

#include "faicls/run_log.h"

namespace faicls::train {

nlohmann::json toJson(const LoggedIteration& record);
nlohmann::json toJson(const LoggedEvaluation& record);
nlohmann::json toJson(const LoggedFailure& record);

}  // namespace faicls::train

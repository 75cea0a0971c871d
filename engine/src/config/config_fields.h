#pragma once

// Internal: the schema entries together with how each reads and writes its struct field.

#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

#include "faicls/config_schema.h"
#include "faicls/model_config.h"

namespace faicls {

template <typename Config>
struct ConfigField {
    SchemaEntry entry;
    std::function<nlohmann::json(const Config&)> get;
    std::function<void(Config&, const nlohmann::json&)> set;  ///< json already type-checked
};

const std::vector<ConfigField<ModelConfig>>& modelFields();
const std::vector<ConfigField<TrainConfig>>& trainFields();

}  // namespace faicls

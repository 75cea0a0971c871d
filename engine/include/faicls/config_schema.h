#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

/// Marks a schema text for translation: Qt's lupdate collects it (context "ConfigSchema") for the
/// GUI, which shows it translated; the engine itself keeps the English text.
#define FAICLS_TRANSLATE_NOOP(context, text) text

namespace faicls {

/// The JSON type a configuration key takes.
enum class ValueKind {
    Integer,
    Number,
    Boolean,
    Text,          ///< free text
    FilePath,      ///< a file's path (the GUI offers a file dialog)
    Choice,        ///< one of `choices`
    NumberTriple,  ///< three numbers (RGB mean or std)
    IntegerList,   ///< a list of integers (STDC layers)
    Resolution     ///< an integer, or [height, width]
};

/// One configuration key: the single source of truth for its default, its range, its help text
/// and its checks. The GUI builds its form from these; `validate()` checks against them.
struct SchemaEntry {
    std::string
        keyPath;  ///< "backbone_config.depth" (model) or "augmentation.horizontal_flip" (train)
    std::string label;  ///< short English name for forms ("Backbone", "Learning rate")
    ValueKind kind = ValueKind::Number;
    nlohmann::json defaultValue;
    double minimum = 0;                  ///< inclusive, for Integer/Number/Resolution
    double maximum = 0;                  ///< inclusive
    std::vector<std::string> choices;    ///< Choice; Integer when the allowed values are a set
    std::vector<std::string> backbones;  ///< backbone model types the key applies to (empty = all)
    std::string help;
};

/// Every key of the model section (`ModelConfig`), in form order.
const std::vector<SchemaEntry>& modelSchema();
/// Every key of the training section (`TrainConfig`), in form order.
const std::vector<SchemaEntry>& trainSchema();

}  // namespace faicls

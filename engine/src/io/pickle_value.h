#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>

namespace faicls::io {

struct PickleValue;
using PickleObject = std::shared_ptr<PickleValue>;

/// A value decoded from a pickle. Only what state dicts and checkpoints contain: scalars,
/// strings, containers, tensors, and references to allow-listed globals.
struct PickleValue {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        String,
        Bytes,
        Tuple,
        List,
        Dict,
        Tensor,
        Global,
        Storage
    };

    Kind kind = Kind::None;
    bool boolean = false;
    int64_t integer = 0;
    double number = 0;
    std::string text;                 ///< String, Bytes; Global: "module.name"
    std::vector<PickleObject> items;  ///< Tuple, List
    std::vector<std::pair<PickleObject, PickleObject>> entries;  ///< Dict, in insertion order
    torch::Tensor tensor;  ///< Tensor; Storage: the flat storage

    PickleValue() = default;
    PickleValue(const PickleValue&) = delete;
    PickleValue& operator=(const PickleValue&) = delete;
    /// Frees nested containers without recursing: a hostile pickle nests 100,000 levels in a
    /// few kilobytes, and a recursive release of them would overflow the stack.
    ~PickleValue();

    static PickleObject make(Kind kind) {
        auto value = std::make_shared<PickleValue>();
        value->kind = kind;
        return value;
    }
    /// Dict lookup by string key; null when absent or not a dict.
    PickleObject find(const std::string& key) const {
        if (kind != Kind::Dict)
            return nullptr;
        for (const auto& [k, v] : entries)
            if (k->kind == Kind::String && k->text == key)
                return v;
        return nullptr;
    }
};

}  // namespace faicls::io

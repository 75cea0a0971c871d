#pragma once

#include <functional>
#include <string>

#include "io/pickle_value.h"

namespace faicls::io {

/// Decodes the pickle subset that `torch.save` writes for state dicts and checkpoints, without
/// executing anything: globals outside a small allow-list (OrderedDict, tensor rebuilding,
/// typed storages) are refused with ErrorCode::UnsafeFile. Unknown opcodes are refused too.
class SafeUnpickler {
public:
    /// Loads a storage by its key with the given dtype and element count (the zip record
    /// `data/<key>`); throws on a missing or short record.
    using StorageLoader = std::function<torch::Tensor(const std::string& key,
                                                      torch::ScalarType dtype, int64_t numel)>;

    /// `sourceName` names the file in error messages.
    SafeUnpickler(const std::string& sourceName, StorageLoader storageLoader);

    /// Decodes one pickle; throws EngineError naming the file and the problem.
    PickleObject decode(const uint8_t* data, size_t size);

private:
    std::string m_sourceName;
    StorageLoader m_storageLoader;
};

}  // namespace faicls::io

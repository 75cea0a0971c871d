#pragma once

#include <string>

#include "io/torch_file_reader.h"

namespace faicls::io {

/// Writes a state dict the way Python's torch.save does (zip archive, pickle protocol 2, an
/// OrderedDict of tensors rebuilt by torch._utils._rebuild_tensor_v2 from typed storages), so
/// that `torch.load(..., weights_only=True)` and our own reader both accept it. With a
/// `topLevelKey` the file holds `{topLevelKey: state_dict}` (the reference's {"model": ...}).
/// Float32 and int64 tensors only. Written atomically; throws EngineError(WriteFailed).
void writeTorchStateDict(const std::string& path, const StateDict& stateDict,
                         const std::string& topLevelKey = "");

}  // namespace faicls::io

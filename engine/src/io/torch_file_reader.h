#pragma once

#include <string>
#include <utility>
#include <vector>

#include "io/pickle_value.h"

namespace faicls::io {

/// Parameter and buffer names → tensors, in file order.
using StateDict = std::vector<std::pair<std::string, torch::Tensor>>;

/// Reads a file written by `torch.save` (the zip format of PyTorch ≥ 1.6) into a value tree,
/// safely (see SafeUnpickler). Tensors land on the CPU. Throws EngineError naming the file.
PickleObject readTorchFile(const std::string& path);

/// Reads a state dict: a bare `{name: tensor}` (OrderedDict or dict), or a checkpoint that
/// holds one under "model" or "state_dict". A "module." prefix (DataParallel) is removed.
StateDict readStateDict(const std::string& path);

/// The state dict inside an already decoded file (see readStateDict); `path` names it in errors.
StateDict stateDictFrom(const PickleObject& root, const std::string& path);

}  // namespace faicls::io

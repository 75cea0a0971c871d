#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace faicls::io {

/// Writes `path` through a temporary file in the same folder that is flushed, synced and then
/// renamed over `path`, so readers see the old file or the new one, never a half-written one.
/// Throws EngineError(WriteFailed) naming the file.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace faicls::io

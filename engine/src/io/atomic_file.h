#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace faicls::io {

/// Writes `path` through a temporary file in the same folder that is flushed, synced and then
/// renamed over `path`, so readers see the old file or the new one, never a half-written one.
/// Throws EngineError(WriteFailed) naming the file.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

/// Writes `path` itself, flushed and synced, for a caller that renames it into place later
/// (several files committed as one step). A failed write removes the partial file and throws
/// EngineError(WriteFailed) naming `reportedPath`.
void writeFileSynced(const std::string& path, const std::string& reportedPath,
                     const std::function<void(std::ostream&)>& write);

/// Syncs a folder, so the renames done in it survive a power cut.
void syncFolder(const std::string& folder);

}  // namespace faicls::io

#pragma once

// Internal: the per-user folders the engine writes outside datasets and projects.

#include <filesystem>

namespace faicls::io {

/// $VARIABLE when set and not empty, otherwise `homeRelative` under $HOME (/tmp without one).
std::filesystem::path folderFromEnvironment(const char* variable, const char* homeRelative);

/// $XDG_CACHE_HOME/faicls (default ~/.cache/faicls): what can be computed again.
std::filesystem::path userCacheFolder();

}  // namespace faicls::io

#include "io/user_folders.h"

#include <cstdlib>

namespace faicls::io {

std::filesystem::path folderFromEnvironment(const char* variable, const char* homeRelative) {
    if (const char* value = std::getenv(variable); value && *value)
        return value;
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : "/tmp") / homeRelative;
}

std::filesystem::path userCacheFolder() {
    return folderFromEnvironment("XDG_CACHE_HOME", ".cache") / "faicls";
}

}  // namespace faicls::io

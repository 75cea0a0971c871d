#include "io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "faicls/engine_error.h"

namespace faicls::io {

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder))
        throw EngineError(ErrorCode::WriteFailed,
                          path + ": cannot write, folder " + folder.string() + " does not exist");
    std::random_device random;
    const fs::path temporary =
        folder / ("." + target.filename().string() + ".tmp" + std::to_string(random()));
    try {
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            if (!out)
                throw EngineError(ErrorCode::WriteFailed,
                                  path + ": cannot write (" + std::strerror(errno) + ")");
            write(out);
            out.flush();
            if (!out)
                throw EngineError(ErrorCode::WriteFailed, path + ": write failed (disk full?)");
        }
        const int fd = ::open(temporary.c_str(), O_RDONLY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
        fs::rename(temporary, target);
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

}  // namespace faicls::io

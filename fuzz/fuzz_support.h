#pragma once

// Shared by the libFuzzer targets: inputs that the code under test reads from a path are
// written to one file per process, in memory when /dev/shm is there.

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace faicls::fuzz {

/// A folder of this process's own, made once.
inline const std::filesystem::path& scratchFolder() {
    static const std::filesystem::path folder = [] {
        const std::filesystem::path base =
            std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
        auto path = base / ("faicls-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return folder;
}

/// Writes the input to `name` in the scratch folder (or `folder`) and gives its path.
inline std::string writeInput(const uint8_t* data, size_t size, const std::string& name,
                              const std::filesystem::path& folder = scratchFolder()) {
    const std::filesystem::path path = folder / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    return path.string();
}

}  // namespace faicls::fuzz

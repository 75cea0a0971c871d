#pragma once

#include <c10/core/Allocator.h>

#include <memory>
#include <string>

#include "io/zip_directory.h"

namespace caffe2::serialize {
class PyTorchStreamReader;
}

namespace faicls::io {

/// A zip archive in LibTorch's layout (torch.save files, our bundles), read so that a damaged
/// or hostile file is refused with a message naming it: every record's CRC-32 is checked, and
/// no record is inflated past what the file could honestly hold (twice its size, plus a
/// little), so a small file cannot make us allocate gigabytes.
class CheckedArchive {
public:
    /// Throws EngineError: FileNotFound, or InvalidFile with `whatItShouldBe` ("a PyTorch
    /// weights file", "a FAI-CLS model bundle") in the message.
    CheckedArchive(const std::string& path, const std::string& whatItShouldBe);
    ~CheckedArchive();

    bool has(const std::string& name) const;
    /// The record's bytes, checked; throws EngineError(InvalidFile) naming the file and record.
    std::pair<at::DataPtr, size_t> read(const std::string& name);
    /// The bytes a record inflates to (0 when it is missing), before reading it.
    uint64_t sizeOf(const std::string& name) const;

private:
    std::string m_path;
    ZipDirectory m_directory;
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> m_reader;
    uint64_t m_budget = 0;
};

}  // namespace faicls::io

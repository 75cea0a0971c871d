#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace faicls::io {

/// What a zip archive's central directory says about one record.
struct ZipRecord {
    uint32_t crc32 = 0;
    uint64_t size = 0;  ///< uncompressed bytes: what reading the record allocates
};

/// The central directory of a zip archive as torch.save and our bundles write it (zip64 end
/// records included), read with every offset checked against the file. LibTorch's reader
/// neither checks CRCs nor bounds what a record inflates to; this supplies both.
class ZipDirectory {
public:
    /// Throws EngineError(InvalidFile) naming `path` and what it should have been ("a PyTorch
    /// weights file") when the directory cannot be read.
    static ZipDirectory read(const std::string& path, const std::string& whatItShouldBe);

    /// A record by the name LibTorch's reader uses (without the archive's top folder).
    const ZipRecord* find(const std::string& name) const;
    uint64_t fileSize() const { return m_fileSize; }

    /// Throws EngineError(InvalidFile) when `data` does not have the record's CRC-32.
    void verify(const std::string& name, const void* data, size_t size) const;

private:
    std::string m_path;
    uint64_t m_fileSize = 0;
    std::map<std::string, ZipRecord> m_records;
};

}  // namespace faicls::io

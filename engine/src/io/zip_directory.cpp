#include "io/zip_directory.h"

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <vector>

#include "faicls/engine_error.h"

namespace faicls::io {
namespace {

constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr uint32_t kZip64End = 0x06064b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint32_t kDirectoryEntry = 0x02014b50;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kLongestComment = 0xffff;

uint64_t little(const std::string& bytes, size_t at, size_t width) {
    uint64_t value = 0;
    for (size_t i = 0; i < width; ++i)
        value |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return value;
}

[[noreturn]] void damaged(const std::string& path, const std::string& problem) {
    throw EngineError(ErrorCode::InvalidFile, path + problem + ")");
}

std::string readAt(std::ifstream& in, uint64_t offset, uint64_t count) {
    std::string bytes(static_cast<size_t>(count), '\0');
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    bytes.resize(static_cast<size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    in.clear();
    return bytes;
}

}  // namespace

ZipDirectory ZipDirectory::read(const std::string& file, const std::string& whatItShouldBe) {
    // Every message: "FILE: not a PyTorch weights file, or damaged (PROBLEM)".
    const std::string path = file + ": not " + whatItShouldBe + ", or damaged (";
    ZipDirectory directory;
    directory.m_path = file;
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in)
        throw EngineError(ErrorCode::FileNotFound, file + ": cannot be opened");
    const auto end = static_cast<uint64_t>(std::max<std::streamoff>(in.tellg(), 0));
    directory.m_fileSize = end;
    if (end < kEndRecordSize)
        damaged(path, "too short");

    // The end record is the last thing in the file, followed only by its comment.
    const uint64_t tailStart =
        end > kEndRecordSize + kLongestComment ? end - kEndRecordSize - kLongestComment : 0;
    const std::string tail = readAt(in, tailStart, end - tailStart);
    if (tail.size() < kEndRecordSize)
        damaged(path, "cannot be read to its end");
    size_t found = std::string::npos;
    for (size_t at = tail.size() - kEndRecordSize + 1; at-- > 0;) {
        if (little(tail, at, 4) == kEndOfDirectory) {
            found = at;
            break;
        }
    }
    if (found == std::string::npos)
        damaged(path, "no end of central directory");
    uint64_t entries = little(tail, found + 10, 2);
    uint64_t directorySize = little(tail, found + 12, 4);
    uint64_t directoryOffset = little(tail, found + 16, 4);
    const uint64_t endOffset = tailStart + found;
    if (entries == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff) {
        // zip64: a locator just before the end record points at the zip64 end record.
        if (endOffset < 20)
            damaged(path, "zip64 locator missing");
        const std::string locator = readAt(in, endOffset - 20, 20);
        if (locator.size() != 20 || little(locator, 0, 4) != kZip64Locator)
            damaged(path, "zip64 locator missing");
        const uint64_t zip64At = little(locator, 8, 8);
        const std::string zip64 = zip64At < end ? readAt(in, zip64At, 56) : std::string();
        if (zip64.size() != 56 || little(zip64, 0, 4) != kZip64End)
            damaged(path, "zip64 end record missing");
        entries = little(zip64, 32, 8);
        directorySize = little(zip64, 40, 8);
        directoryOffset = little(zip64, 48, 8);
    }
    if (directoryOffset > end || directorySize > end - directoryOffset)
        damaged(path, "central directory outside the file");
    const std::string listing = readAt(in, directoryOffset, directorySize);
    if (listing.size() != directorySize)
        damaged(path, "central directory cut short");

    size_t at = 0;
    for (uint64_t i = 0; i < entries; ++i) {
        if (listing.size() - at < 46 || little(listing, at, 4) != kDirectoryEntry)
            damaged(path, "central directory entry " + std::to_string(i) + " is malformed");
        ZipRecord record;
        record.crc32 = static_cast<uint32_t>(little(listing, at + 16, 4));
        record.size = little(listing, at + 24, 4);
        const size_t nameLength = little(listing, at + 28, 2);
        const size_t extraLength = little(listing, at + 30, 2);
        const size_t commentLength = little(listing, at + 32, 2);
        if (listing.size() - at - 46 < nameLength + extraLength + commentLength)
            damaged(path, "central directory entry " + std::to_string(i) + " is cut short");
        const std::string name = listing.substr(at + 46, nameLength);
        if (record.size == 0xffffffff) {
            // The zip64 extra field (id 1) holds the sizes that did not fit 32 bits.
            size_t extra = at + 46 + nameLength;
            const size_t extraEnd = extra + extraLength;
            while (extraEnd - extra >= 4) {
                const uint64_t id = little(listing, extra, 2);
                const size_t length = little(listing, extra + 2, 2);
                if (extraEnd - extra - 4 < length)
                    break;
                if (id == 1 && length >= 8)
                    record.size = little(listing, extra + 4, 8);
                extra += 4 + length;
            }
        }
        // LibTorch names records without the archive's top folder ("archive/data.pkl").
        const size_t slash = name.find('/');
        directory.m_records[slash == std::string::npos ? name : name.substr(slash + 1)] = record;
        at += 46 + nameLength + extraLength + commentLength;
    }
    return directory;
}

const ZipRecord* ZipDirectory::find(const std::string& name) const {
    const auto record = m_records.find(name);
    return record == m_records.end() ? nullptr : &record->second;
}

void ZipDirectory::verify(const std::string& name, const void* data, size_t size) const {
    const ZipRecord* record = find(name);
    const uLong actual = crc32_z(crc32(0L, Z_NULL, 0), static_cast<const Bytef*>(data), size);
    if (!record || record->crc32 != actual)
        throw EngineError(ErrorCode::InvalidFile,
                          m_path + ": damaged (the checksum of '" + name +
                              "' does not match: the file changed after it was written)");
}

}  // namespace faicls::io

#include "io/checked_archive.h"

#include <caffe2/serialize/inline_container.h>

#include <filesystem>

#include "faicls/engine_error.h"

namespace faicls::io {

namespace {

constexpr uint64_t kBudgetSlack = uint64_t{16} << 20;

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

}  // namespace

CheckedArchive::CheckedArchive(const std::string& path, const std::string& whatItShouldBe)
    : m_path(path) {
    if (!std::filesystem::exists(path))
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    m_directory = ZipDirectory::read(path, whatItShouldBe);
    m_budget = 2 * m_directory.fileSize() + kBudgetSlack;
    try {
        m_reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
    } catch (const c10::Error& error) {
        throw EngineError(
            ErrorCode::InvalidFile,
            path + ": not " + whatItShouldBe + ", or damaged (" + firstLine(error.msg()) + ")");
    }
}

CheckedArchive::~CheckedArchive() = default;

bool CheckedArchive::has(const std::string& name) const {
    return m_reader->hasRecord(name) && m_directory.find(name);
}

uint64_t CheckedArchive::sizeOf(const std::string& name) const {
    const ZipRecord* record = m_directory.find(name);
    return record ? record->size : 0;
}

std::pair<at::DataPtr, size_t> CheckedArchive::read(const std::string& name) {
    const ZipRecord* record = m_directory.find(name);
    if (!record || !m_reader->hasRecord(name))
        throw EngineError(ErrorCode::InvalidFile, m_path + ": record '" + name + "' is missing");
    if (record->size > m_budget)
        throw EngineError(ErrorCode::InvalidFile,
                          m_path + ": record '" + name + "' claims " +
                              std::to_string(record->size >> 20) +
                              " MB, more than a file of this size can hold (refused before "
                              "reading it)");
    try {
        auto [data, size] = m_reader->getRecord(name);
        if (size != record->size)
            throw EngineError(ErrorCode::InvalidFile,
                              m_path + ": record '" + name + "' has the wrong size");
        m_directory.verify(name, data.get(), size);
        m_budget -= size;
        return {std::move(data), size};
    } catch (const c10::Error& error) {
        throw EngineError(ErrorCode::InvalidFile, m_path + ": damaged record '" + name + "' (" +
                                                      firstLine(error.msg()) + ")");
    }
}

}  // namespace faicls::io

#include "io/json_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "faicls/engine_error.h"

namespace faicls::io {

nlohmann::json readJsonFile(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw EngineError(ErrorCode::InvalidFile, path + ": cannot be opened for reading");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        // The parser reports a byte offset; people look for lines and columns.
        const size_t offset = std::min<size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
        const auto begin = text.begin();
        const size_t line = 1 + static_cast<size_t>(std::count(
                                    begin, begin + static_cast<std::ptrdiff_t>(offset), '\n'));
        const size_t lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
        const size_t column = offset - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
        std::string reason = error.what();
        if (const auto colon = reason.rfind(": "); colon != std::string::npos)
            reason = reason.substr(colon + 2);
        throw EngineError(ErrorCode::InvalidFile, path + ": malformed JSON at line " +
                                                      std::to_string(line) + ", column " +
                                                      std::to_string(column) + " (" + reason + ")");
    }
}

}  // namespace faicls::io

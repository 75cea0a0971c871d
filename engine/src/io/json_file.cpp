#include "io/json_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "faicls/engine_error.h"

namespace faicls::io {

namespace {

constexpr int kMaxJsonDepth = 256;

// "line L, column C" of a byte offset: people look for lines and columns.
std::string lineAndColumn(const std::string& text, size_t byte) {
    const size_t offset = std::min<size_t>(byte > 0 ? byte - 1 : 0, text.size());
    const auto begin = text.begin();
    const size_t line = 1 + static_cast<size_t>(std::count(
                                begin, begin + static_cast<std::ptrdiff_t>(offset), '\n'));
    const size_t lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
    const size_t column = offset - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

nlohmann::json parseJson(const std::string& text, const std::string& where) {
    // Deeper documents are refused while parsing: copying, comparing or printing a JSON value
    // recurses, and 100,000 levels overflow the stack.
    const auto limitDepth = [&where](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
        if (depth > kMaxJsonDepth)
            throw EngineError(ErrorCode::InvalidFile, where + ": JSON nested more than " +
                                                          std::to_string(kMaxJsonDepth) +
                                                          " levels deep; refused");
        return true;
    };
    try {
        return nlohmann::json::parse(text, limitDepth);
    } catch (const nlohmann::json::parse_error& error) {
        std::string reason = error.what();
        if (const auto colon = reason.rfind(": "); colon != std::string::npos)
            reason = reason.substr(colon + 2);
        throw EngineError(
            ErrorCode::InvalidFile,
            where + ": malformed JSON at " + lineAndColumn(text, error.byte) + " (" + reason + ")");
    } catch (const nlohmann::json::exception& error) {
        // A number out of range ("1e400") and the like.
        throw EngineError(ErrorCode::InvalidFile, where + ": " + error.what());
    }
}

nlohmann::json readJsonFile(const std::string& path) {
    std::error_code missing;
    if (!std::filesystem::exists(path, missing) && !missing)
        throw EngineError(ErrorCode::FileNotFound, path + ": file not found");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw EngineError(ErrorCode::InvalidFile, path + ": cannot be opened for reading");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parseJson(text, path);
}

}  // namespace faicls::io

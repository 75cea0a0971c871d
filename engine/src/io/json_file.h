#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace faicls::io {

/// Reads and parses a JSON file. Throws EngineError naming the file: FileNotFound, or
/// InvalidFile "PATH: malformed JSON at line L, column C (what the parser says)".
nlohmann::json readJsonFile(const std::string& path);

/// Parses JSON text, `where` naming it in messages: EngineError(InvalidFile) for malformed
/// JSON (with its line and column), numbers out of range, and documents nested more than 256
/// levels deep (which would overflow the stack when copied or printed).
nlohmann::json parseJson(const std::string& text, const std::string& where);

}  // namespace faicls::io

#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace faicls::io {

/// Reads and parses a JSON file. Throws EngineError naming the file: FileNotFound, or
/// InvalidFile "PATH: malformed JSON at line L, column C (what the parser says)".
nlohmann::json readJsonFile(const std::string& path);

}  // namespace faicls::io

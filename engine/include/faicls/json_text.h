#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace faicls {

/// JSON text of `value`, never throwing on strings that are not UTF-8 (Linux file names may be
/// any bytes): such bytes become U+FFFD. For what people and other programs read; where a path
/// must come back exactly, store it with pathToJson as well.
std::string dumpJson(const nlohmann::json& value, int indent = -1);

bool isValidUtf8(const std::string& text);

/// A path that survives JSON exactly: the path itself when it is UTF-8, otherwise
/// {"hex": "<its bytes>", "shown": "<with U+FFFD>"}. pathFromJson reads both forms.
nlohmann::json pathToJson(const std::string& path);
/// Throws nlohmann::json::exception when `value` is neither form.
std::string pathFromJson(const nlohmann::json& value);

}  // namespace faicls

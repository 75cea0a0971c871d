#pragma once

#include <limits>
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

/// `value` as an integer of type T, when it is an integer number that fits T; otherwise throws
/// nlohmann::json::type_error. (get<int>() converts 1e300 or 3.5 without a word, which is
/// undefined behaviour for values out of range.)
template <typename T>
T integerOf(const nlohmann::json& value) {
    const bool fits =
        value.is_number_unsigned()
            ? value.get<uint64_t>() <= static_cast<uint64_t>(std::numeric_limits<T>::max())
        : value.is_number_integer()
            ? value.get<int64_t>() >= static_cast<int64_t>(std::numeric_limits<T>::min()) &&
                  value.get<int64_t>() <= static_cast<int64_t>(std::numeric_limits<T>::max())
            : false;
    if (!fits)
        throw nlohmann::json::type_error::create(
            302, "expected a whole number in range, got " + value.dump().substr(0, 40), &value);
    return value.is_number_unsigned() ? static_cast<T>(value.get<uint64_t>())
                                      : static_cast<T>(value.get<int64_t>());
}

/// object[key] through integerOf, or `fallback` when the object has no such key.
template <typename T>
T integerOr(const nlohmann::json& object, const char* key, T fallback) {
    const auto found = object.find(key);
    return found == object.end() ? fallback : integerOf<T>(*found);
}

}  // namespace faicls::io

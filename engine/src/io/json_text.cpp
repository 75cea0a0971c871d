#include "faicls/json_text.h"

namespace faicls {

std::string dumpJson(const nlohmann::json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool isValidUtf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

nlohmann::json pathToJson(const std::string& path) {
    if (isValidUtf8(path))
        return path;
    static const char* const kDigits = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : path) {
        hex += kDigits[byte >> 4];
        hex += kDigits[byte & 15];
    }
    return {{"hex", hex}, {"shown", nlohmann::json::parse(dumpJson(path))}};
}

std::string pathFromJson(const nlohmann::json& value) {
    if (value.is_string())
        return value.get<std::string>();
    const std::string hex = value.at("hex").get<std::string>();
    auto digit = [&](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        throw nlohmann::json::other_error::create(501, "not a hex digit in a path", &value);
    };
    if (hex.size() % 2 != 0)
        throw nlohmann::json::other_error::create(501, "odd hex path", &value);
    std::string path;
    for (size_t i = 0; i < hex.size(); i += 2)
        path += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
    return path;
}

}  // namespace faicls

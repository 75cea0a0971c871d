#include "io/sha256.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <vector>

#include <openssl/evp.h>

#include "faicls/engine_error.h"

namespace faicls::io {

namespace {

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

std::string sha256OfFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw EngineError(ErrorCode::FileNotFound, path + ": cannot be opened to check its hash");
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        throw EngineError(ErrorCode::Runtime, "SHA-256 is not available (OpenSSL)");
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0)
            EVP_DigestUpdate(context.get(), buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad())
        throw EngineError(ErrorCode::InvalidFile, path + ": read error while checking its hash");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    static const char* hex = "0123456789abcdef";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 15];
    }
    return text;
}

bool digestMatches(const std::string& digest, const std::string& expectedDigest,
                   const std::string& expectedPrefix) {
    const std::string actual = lowerCase(digest);
    if (!expectedDigest.empty())
        return actual == lowerCase(expectedDigest);
    if (!expectedPrefix.empty())
        return actual.compare(0, expectedPrefix.size(), lowerCase(expectedPrefix)) == 0;
    return true;
}

}  // namespace faicls::io

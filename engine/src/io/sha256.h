#pragma once

#include <string>

namespace faicls::io {

/// The SHA-256 of a file's bytes as 64 lower-case hex digits. Throws EngineError naming the
/// file when it cannot be read.
std::string sha256OfFile(const std::string& path);

/// Whether `digest` (64 hex digits) matches what is expected of it: the whole digest, else
/// its first digits (torchvision's file names carry 8 to 10 of them). Case does not matter;
/// nothing expected matches anything.
bool digestMatches(const std::string& digest, const std::string& expectedDigest,
                   const std::string& expectedPrefix);

}  // namespace faicls::io

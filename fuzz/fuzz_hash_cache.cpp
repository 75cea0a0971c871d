// The picture-hash cache file (~/.cache/faicls/image-hashes), from memory: parsed or refused
// whole, never a crash, a hang or an allocation the bytes cannot back.

#include <string>

#include "data/image_hash_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    faicls::data::ImageHashCache cache("/fuzz/dataset", "/nonexistent-fuzz-cache");
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    if (cache.parse(bytes)) {
        // What parses serialises back to the same bytes (entries are unique by path).
        faicls::data::ImageHashCache again("/fuzz/dataset", "/nonexistent-fuzz-cache");
        if (!again.parse(cache.serialize()))
            __builtin_trap();
    }
    return 0;
}

// The bundle reader. The first byte picks what the rest is: a whole .faicls file (zip archive,
// CRCs, tensor index), or the bundle.json inside one — which the CRCs would otherwise keep
// mutations from reaching.

#include "faicls/engine_error.h"
#include "fuzz_support.h"
#include "io/json_file.h"
#include "model/bundle_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    try {
        if (data[0] & 1) {
            const std::string path = faicls::fuzz::writeInput(data + 1, size - 1, "model.faicls");
            (void)faicls::readBundle(path);
        } else {
            const auto json = faicls::io::parseJson(
                std::string(reinterpret_cast<const char*>(data + 1), size - 1), "bundle.json");
            (void)faicls::bundleInfoFromJson(json, "fuzz.faicls");
        }
    } catch (const faicls::EngineError&) {
    }
    return 0;
}

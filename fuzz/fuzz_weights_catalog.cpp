// A site's extra weights catalogue (FAICLS_WEIGHTS_CATALOG): entries or an EngineError naming
// the file.

#include "faicls/engine_error.h"
#include "faicls/weights_catalog.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = faicls::fuzz::writeInput(data, size, "catalog.json");
    try {
        for (const auto& entry : faicls::weightsCatalog(path))
            if (entry.name.empty())
                __builtin_trap();
    } catch (const faicls::EngineError& error) {
        if (std::string(error.what()).find(path) == std::string::npos)
            __builtin_trap();
    }
    return 0;
}

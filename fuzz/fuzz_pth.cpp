// A .pth file (zip archive + pickle + tensor records) read as a state dict: tensors or an
// EngineError naming the file.

#include "faicls/engine_error.h"
#include "fuzz_support.h"
#include "io/torch_file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = faicls::fuzz::writeInput(data, size, "weights.pth");
    try {
        (void)faicls::io::readStateDict(path);
    } catch (const faicls::EngineError& error) {
        if (std::string(error.what()).find(path) == std::string::npos)
            __builtin_trap();
    }
    return 0;
}

// The pickle decoder of .pth files, from memory: decoded or refused with an EngineError,
// never code run, a crash, a hang or unbounded memory.

#include "faicls/engine_error.h"
#include "io/safe_unpickler.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto storage = [](const std::string&, torch::ScalarType dtype, int64_t numel) {
        if (numel > (1 << 16))  // what a zip record would back; kept small here
            throw faicls::EngineError(faicls::ErrorCode::InvalidFile, "storage too large");
        return torch::zeros({numel}, torch::TensorOptions().dtype(dtype));
    };
    try {
        faicls::io::SafeUnpickler unpickler("fuzz.pkl", storage);
        (void)unpickler.decode(data, size);
    } catch (const faicls::EngineError&) {
    }
    return 0;
}

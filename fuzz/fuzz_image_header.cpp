// Image headers (JPEG, PNG, BMP, TIFF, WebP, and what only looks like them): read without a
// crash, a hang or an exception, whatever the bytes.

#include "data/image_header.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = faicls::fuzz::writeInput(data, size, "image");
    faicls::data::ImageHeader header;
    std::string problem;
    if (faicls::data::readImageHeader(path, header, problem)) {
        // What a reader returns must be usable as it stands.
        if (header.widthPx <= 0 || header.heightPx <= 0)
            __builtin_trap();
        (void)faicls::data::formatName(header.format);
    } else if (problem.empty()) {
        __builtin_trap();  // a refusal always says why
    }
    return 0;
}

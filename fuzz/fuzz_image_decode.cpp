// The decode path (header checks, libjpeg-turbo, OpenCV's fallback, then the resize that
// prediction applies): an image or an EngineError naming the file, nothing else.

#include "data/image_header.h"
#include "data/image_preprocess.h"
#include "faicls/engine_error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = faicls::fuzz::writeInput(data, size, "image");
    // Large pictures are refused by the 100-megapixel limit (tested elsewhere); decoding one
    // here would only slow the search down.
    faicls::data::ImageHeader header;
    std::string problem;
    if (faicls::data::readImageHeader(path, header, problem) &&
        static_cast<int64_t>(header.widthPx) * header.heightPx > 4'000'000)
        return 0;
    try {
        const cv::Mat rgb = faicls::data::decodeImageRgb(path);
        if (rgb.empty() || rgb.type() != CV_8UC3)
            __builtin_trap();
        faicls::PreprocessPolicy policy;
        policy.resolution = {32, 32};
        const cv::Mat ready = faicls::data::resizeForPolicy(rgb, policy);
        if (ready.rows != 32 || ready.cols != 32)
            __builtin_trap();
    } catch (const faicls::EngineError& error) {
        if (std::string(error.what()).find(path) == std::string::npos)
            __builtin_trap();  // every message names the file
    }
    return 0;
}

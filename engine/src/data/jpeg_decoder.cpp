#include "data/jpeg_decoder.h"

#include <turbojpeg.h>

#include <fstream>
#include <iterator>
#include <vector>

namespace faicls::data {
namespace {

// One TurboJPEG handle per thread: handles are not thread-safe, and creating one per image
// costs more than small decodes.
class DecompressHandle {
public:
    DecompressHandle() : m_handle(tjInitDecompress()) {}
    ~DecompressHandle() {
        if (m_handle)
            tjDestroy(m_handle);
    }
    DecompressHandle(const DecompressHandle&) = delete;
    DecompressHandle& operator=(const DecompressHandle&) = delete;
    tjhandle get() const { return m_handle; }

private:
    tjhandle m_handle;
};

tjhandle threadHandle() {
    thread_local DecompressHandle handle;
    return handle.get();
}

}  // namespace

void applyExifOrientation(cv::Mat& image, int orientation) {
    switch (orientation) {
        case 2:
            cv::flip(image, image, 1);
            break;
        case 3:
            cv::rotate(image, image, cv::ROTATE_180);
            break;
        case 4:
            cv::flip(image, image, 0);
            break;
        case 5:
            cv::transpose(image, image);
            break;
        case 6:
            cv::rotate(image, image, cv::ROTATE_90_CLOCKWISE);
            break;
        case 7:
            cv::transpose(image, image);
            cv::rotate(image, image, cv::ROTATE_180);
            break;
        case 8:
            cv::rotate(image, image, cv::ROTATE_90_COUNTERCLOCKWISE);
            break;
        default:
            break;
    }
}

bool decodeJpegTurbo(const std::string& path, int reduction, int exifOrientation, cv::Mat& rgb) {
    tjhandle handle = threadHandle();
    if (!handle)
        return false;
    std::ifstream in(path, std::ios::binary);
    const std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)),
                                          std::istreambuf_iterator<char>());
    int width = 0, height = 0, subsampling = 0, colourspace = 0;
    if (data.size() < 4 ||
        tjDecompressHeader3(handle, data.data(), static_cast<unsigned long>(data.size()), &width,
                            &height, &subsampling, &colourspace) != 0)
        return false;
    if (colourspace == TJCS_CMYK || colourspace == TJCS_YCCK)
        return false;
    const int scaledWidth = (width + reduction - 1) / reduction;  // TJSCALED rounds up
    const int scaledHeight = (height + reduction - 1) / reduction;
    cv::Mat decoded(scaledHeight, scaledWidth, CV_8UC3);
    if (tjDecompress2(handle, data.data(), static_cast<unsigned long>(data.size()), decoded.data,
                      scaledWidth, static_cast<int>(decoded.step[0]), scaledHeight, TJPF_RGB,
                      0) != 0)
        return false;  // corrupt or truncated: the caller's fallback decides
    applyExifOrientation(decoded, exifOrientation);
    rgb = decoded;
    return true;
}

}  // namespace faicls::data

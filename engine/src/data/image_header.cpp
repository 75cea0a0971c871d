#include "data/image_header.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace faicls::data {
namespace {

using Format = ImageHeader::Format;

// A little file reader with bounds checks: every read past the end fails instead of guessing.
class HeaderFile {
public:
    explicit HeaderFile(const std::string& path) : m_in(path, std::ios::binary) {
        if (m_in) {
            m_in.seekg(0, std::ios::end);
            m_size = static_cast<uint64_t>(m_in.tellg());
            m_in.seekg(0);
        }
    }
    bool isOpen() const { return static_cast<bool>(m_in); }
    uint64_t size() const { return m_size; }
    bool read(uint64_t offset, void* out, size_t count) {
        if (offset + count > m_size)
            return false;
        m_in.clear();
        m_in.seekg(static_cast<std::streamoff>(offset));
        m_in.read(static_cast<char*>(out), static_cast<std::streamsize>(count));
        return static_cast<size_t>(m_in.gcount()) == count;
    }
    std::vector<uint8_t> tail(size_t count) {
        count = static_cast<size_t>(std::min<uint64_t>(count, m_size));
        std::vector<uint8_t> bytes(count);
        if (!read(m_size - count, bytes.data(), count))
            bytes.clear();
        return bytes;
    }

private:
    std::ifstream m_in;
    uint64_t m_size = 0;
};

uint16_t bigEndian16(const uint8_t* p) {
    return static_cast<uint16_t>(p[0] << 8 | p[1]);
}
uint32_t bigEndian32(const uint8_t* p) {
    return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 |
           static_cast<uint32_t>(p[2]) << 8 | p[3];
}
uint16_t littleEndian16(const uint8_t* p) {
    return static_cast<uint16_t>(p[1] << 8 | p[0]);
}
uint32_t littleEndian32(const uint8_t* p) {
    return static_cast<uint32_t>(p[3]) << 24 | static_cast<uint32_t>(p[2]) << 16 |
           static_cast<uint32_t>(p[1]) << 8 | p[0];
}

bool tailContains(const std::vector<uint8_t>& tail, const char* marker, size_t length) {
    if (tail.size() < length)
        return false;
    for (size_t i = 0; i + length <= tail.size(); ++i)
        if (std::memcmp(tail.data() + i, marker, length) == 0)
            return true;
    return false;
}

// TIFF tags, in a TIFF file or inside a JPEG's Exif block. `base` is where the TIFF header starts.
struct TiffTags {
    int width = 0, height = 0, bitsPerSample = 8, samplesPerPixel = 1, photometric = -1,
        orientation = 1;
    bool extraAlpha = false;
    bool floatingPoint = false;  ///< SampleFormat 3: IEEE floating-point samples
};

bool readTiffTags(HeaderFile& file, uint64_t base, uint64_t limit, TiffTags& tags) {
    uint8_t header[8];
    if (!file.read(base, header, 8))
        return false;
    const bool little = header[0] == 'I' && header[1] == 'I';
    if (!little && !(header[0] == 'M' && header[1] == 'M'))
        return false;
    auto u16 = [&](const uint8_t* p) { return little ? littleEndian16(p) : bigEndian16(p); };
    auto u32 = [&](const uint8_t* p) { return little ? littleEndian32(p) : bigEndian32(p); };
    if (u16(header + 2) != 42)
        return false;
    const uint64_t ifd = base + u32(header + 4);
    uint8_t countBytes[2];
    if (ifd + 2 > limit || !file.read(ifd, countBytes, 2))
        return false;
    const uint16_t count = u16(countBytes);
    if (count > 1000)
        return false;
    std::vector<uint8_t> entries(count * 12u);
    if (ifd + 2 + entries.size() > limit || !file.read(ifd + 2, entries.data(), entries.size()))
        return false;
    for (uint16_t i = 0; i < count; ++i) {
        const uint8_t* e = entries.data() + i * 12;
        const uint16_t tag = u16(e);
        const uint16_t type = u16(e + 2);
        // SHORT values sit in the first two bytes of the value field, LONG in all four.
        const uint32_t value = type == 3 ? u16(e + 8) : u32(e + 8);
        switch (tag) {
            case 256:
                tags.width = static_cast<int>(value);
                break;
            case 257:
                tags.height = static_cast<int>(value);
                break;
            case 258:
                tags.bitsPerSample = u32(e + 4) == 1 ? static_cast<int>(value) : 8;
                break;
            case 262:
                tags.photometric = static_cast<int>(value);
                break;
            case 274:
                tags.orientation = static_cast<int>(value);
                break;
            case 277:
                tags.samplesPerPixel = static_cast<int>(value);
                break;
            case 338:
                tags.extraAlpha = true;
                break;
            case 339:
                tags.floatingPoint = value == 3;
                break;
            default:
                break;
        }
    }
    return true;
}

bool readJpeg(HeaderFile& file, ImageHeader& header, std::string& problem) {
    uint64_t position = 2;  // after SOI
    while (true) {
        uint8_t marker[4];
        if (!file.read(position, marker, 4)) {
            problem = "corrupt JPEG: ends before its frame header";
            return false;
        }
        if (marker[0] != 0xFF) {
            problem = "corrupt JPEG header";
            return false;
        }
        if (marker[1] == 0xFF) {  // fill byte
            ++position;
            continue;
        }
        const uint8_t type = marker[1];
        const uint16_t length = bigEndian16(marker + 2);
        if (length < 2) {
            problem = "corrupt JPEG header";
            return false;
        }
        const uint64_t body = position + 4;
        if (type == 0xE1 && length >= 16) {  // APP1: Exif orientation
            uint8_t exif[6];
            if (file.read(body, exif, 6) && std::memcmp(exif, "Exif\0\0", 6) == 0) {
                TiffTags tags;
                if (readTiffTags(file, body + 6, body + length - 2, tags) &&
                    tags.orientation >= 1 && tags.orientation <= 8)
                    header.exifOrientation = tags.orientation;
            }
        } else if ((type >= 0xC0 && type <= 0xCF) && type != 0xC4 && type != 0xC8 &&
                   type != 0xCC) {  // SOFn
            uint8_t frame[6];
            if (!file.read(body, frame, 6)) {
                problem = "corrupt JPEG: frame header cut short";
                return false;
            }
            header.bitDepth = frame[0];
            header.heightPx = bigEndian16(frame + 1);
            header.widthPx = bigEndian16(frame + 3);
            header.channels = frame[5];
            header.cmyk = header.channels == 4;  // CMYK or YCCK: JPEG has no alpha
            if (header.widthPx == 0 || header.heightPx == 0) {
                problem = "JPEG with a zero or unknown size";
                return false;
            }
            // Entropy-coded data stuffs 0xFF bytes, so the EOI marker FF D9 cannot occur by chance.
            const auto tail = file.tail(1024);
            header.truncated = !tailContains(tail, "\xFF\xD9", 2);
            return true;
        } else if (type == 0xD9 || type == 0xDA) {
            problem = "corrupt JPEG: no frame header before the image data";
            return false;
        }
        position = body + length - 2;
    }
}

bool readPng(HeaderFile& file, ImageHeader& header, std::string& problem) {
    uint8_t chunk[25];  // signature (8) + IHDR length/type (8) + fields (9)
    if (!file.read(0, chunk, 25) || std::memcmp(chunk + 12, "IHDR", 4) != 0) {
        problem = "corrupt PNG header";
        return false;
    }
    header.widthPx = static_cast<int>(bigEndian32(chunk + 16));
    header.heightPx = static_cast<int>(bigEndian32(chunk + 20));
    header.bitDepth = chunk[24];
    uint8_t colourType = 0;
    if (!file.read(25, &colourType, 1)) {
        problem = "corrupt PNG header";
        return false;
    }
    switch (colourType) {
        case 0:
            header.channels = 1;
            break;
        case 2:
            header.channels = 3;
            break;
        case 3:
            header.channels = 3;
            header.palette = true;
            break;
        case 4:
            header.channels = 2;
            header.hasAlpha = true;
            break;
        case 6:
            header.channels = 4;
            header.hasAlpha = true;
            break;
        default:
            problem = "PNG with an invalid colour type";
            return false;
    }
    if (header.palette)
        header.bitDepth = 8;
    header.truncated = !tailContains(file.tail(64), "IEND", 4);
    return true;
}

bool readBmp(HeaderFile& file, ImageHeader& header, std::string& problem) {
    uint8_t info[30];
    if (!file.read(0, info, 30)) {
        problem = "corrupt BMP header";
        return false;
    }
    const uint32_t declaredSize = littleEndian32(info + 2);
    header.widthPx = static_cast<int>(littleEndian32(info + 18));
    header.heightPx = std::abs(static_cast<int32_t>(littleEndian32(info + 22)));
    const int bitsPerPixel = littleEndian16(info + 28);
    header.channels = bitsPerPixel == 32 ? 4 : (bitsPerPixel <= 8 ? 1 : 3);
    header.palette = bitsPerPixel <= 8;
    header.hasAlpha = bitsPerPixel == 32;
    header.truncated = declaredSize > file.size();
    return true;
}

bool readTiff(HeaderFile& file, ImageHeader& header, std::string& problem) {
    TiffTags tags;
    if (!readTiffTags(file, 0, file.size(), tags) || tags.width <= 0 || tags.height <= 0) {
        problem = "corrupt TIFF header";
        return false;
    }
    if (tags.floatingPoint) {
        problem =
            "TIFF with floating-point samples (HDR or measurement data), which OpenCV does not "
            "decode to colours; save it with 8- or 16-bit integer samples";
        return false;
    }
    header.widthPx = tags.width;
    header.heightPx = tags.height;
    header.bitDepth = tags.bitsPerSample;
    header.channels = tags.samplesPerPixel;
    header.cmyk = tags.photometric == 5;
    header.palette = tags.photometric == 3;
    header.hasAlpha = tags.extraAlpha;
    header.exifOrientation = tags.orientation >= 1 && tags.orientation <= 8 ? tags.orientation : 1;
    return true;
}

bool readWebp(HeaderFile& file, ImageHeader& header, std::string& problem) {
    uint8_t data[30];
    if (!file.read(0, data, 30)) {
        problem = "corrupt WebP header";
        return false;
    }
    header.truncated = littleEndian32(data + 4) + 8ull > file.size();
    header.channels = 3;
    if (std::memcmp(data + 12, "VP8X", 4) == 0) {
        header.hasAlpha = (data[20] & 0x10) != 0;
        header.widthPx = 1 + static_cast<int>(data[24] | data[25] << 8 | data[26] << 16);
        header.heightPx = 1 + static_cast<int>(data[27] | data[28] << 8 | data[29] << 16);
    } else if (std::memcmp(data + 12, "VP8L", 4) == 0) {
        const uint32_t bits = littleEndian32(data + 21);
        header.widthPx = 1 + static_cast<int>(bits & 0x3FFF);
        header.heightPx = 1 + static_cast<int>((bits >> 14) & 0x3FFF);
        header.hasAlpha = ((bits >> 28) & 1) != 0;
    } else if (std::memcmp(data + 12, "VP8 ", 4) == 0) {
        header.widthPx = littleEndian16(data + 26) & 0x3FFF;
        header.heightPx = littleEndian16(data + 28) & 0x3FFF;
    } else {
        problem = "unsupported WebP variant";
        return false;
    }
    if (header.hasAlpha)
        header.channels = 4;
    return true;
}

}  // namespace

const char* formatName(ImageHeader::Format format) {
    switch (format) {
        case Format::Jpeg:
            return "JPEG";
        case Format::Png:
            return "PNG";
        case Format::Bmp:
            return "BMP";
        case Format::Tiff:
            return "TIFF";
        case Format::Webp:
            return "WebP";
        case Format::Unknown:
            break;
    }
    return "unknown";
}

RegularFileCheck checkRegularFile(const std::string& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found)
        return {true, "no such file"};
    if (error)
        return {false, "cannot be read: " + error.message()};
    if (status.type() == std::filesystem::file_type::directory)
        return {false, "a folder, not a file"};
    if (status.type() != std::filesystem::file_type::regular)
        return {false, "not a regular file (a named pipe, device or socket); not read"};
    return {};
}

bool readImageHeader(const std::string& path, ImageHeader& header, std::string& problem) {
    header = ImageHeader{};
    problem = checkRegularFile(path).problem;
    if (!problem.empty())
        return false;  // opening a pipe or a device could block, or never end
    HeaderFile file(path);
    if (!file.isOpen()) {
        problem = "cannot be opened";
        return false;
    }
    if (file.size() == 0) {
        problem = "empty file (0 bytes)";
        return false;
    }
    uint8_t magic[12] = {};
    file.read(0, magic, std::min<uint64_t>(12, file.size()));
    bool ok = false;
    if (magic[0] == 0xFF && magic[1] == 0xD8) {
        header.format = Format::Jpeg;
        ok = readJpeg(file, header, problem);
    } else if (std::memcmp(magic, "\x89PNG\r\n\x1a\n", 8) == 0) {
        header.format = Format::Png;
        ok = readPng(file, header, problem);
    } else if (magic[0] == 'B' && magic[1] == 'M') {
        header.format = Format::Bmp;
        ok = readBmp(file, header, problem);
    } else if ((magic[0] == 'I' && magic[1] == 'I' && magic[2] == 42) ||
               (magic[0] == 'M' && magic[1] == 'M' && magic[3] == 42)) {
        header.format = Format::Tiff;
        ok = readTiff(file, header, problem);
    } else if (std::memcmp(magic, "RIFF", 4) == 0 && std::memcmp(magic + 8, "WEBP", 4) == 0) {
        header.format = Format::Webp;
        ok = readWebp(file, header, problem);
    } else if (std::memcmp(magic, "GIF87a", 6) == 0 || std::memcmp(magic, "GIF89a", 6) == 0) {
        problem = "a GIF image, which OpenCV does not decode; convert it to PNG";
        return false;
    } else if (std::memcmp(magic + 4, "ftyp", 4) == 0) {
        problem =
            "a HEIF/AVIF image (as phones save), which OpenCV does not decode; convert it "
            "to JPEG or PNG";
        return false;
    } else {
        problem = "not an image this program reads (JPEG, PNG, BMP, TIFF or WebP)";
        return false;
    }
    if (ok && (header.widthPx <= 0 || header.heightPx <= 0)) {
        problem = std::string(formatName(header.format)) + " with an invalid size";
        return false;
    }
    return ok;
}

}  // namespace faicls::data

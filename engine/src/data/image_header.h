#pragma once

#include <cstdint>
#include <string>

namespace faicls::data {

/// What an image file's header says, read without decoding the pixels.
struct ImageHeader {
    enum class Format { Unknown, Jpeg, Png, Bmp, Tiff, Webp };
    Format format = Format::Unknown;
    int widthPx = 0;  ///< as stored (before EXIF orientation)
    int heightPx = 0;
    int channels = 0;  ///< 1 grey, 2 grey+alpha, 3 colour, 4 colour+alpha or CMYK
    int bitDepth = 8;  ///< bits per channel
    bool hasAlpha = false;
    bool palette = false;
    bool cmyk = false;
    int exifOrientation = 1;  ///< 1..8; 5..8 swap width and height
    bool truncated = false;   ///< the file ends before its end marker / declared size

    /// Width and height as displayed, with the EXIF orientation applied.
    int orientedWidthPx() const { return exifOrientation >= 5 ? heightPx : widthPx; }
    int orientedHeightPx() const { return exifOrientation >= 5 ? widthPx : heightPx; }
};

const char* formatName(ImageHeader::Format format);

/// Whether `path` is a regular file, and if not why it is not read. Opening a pipe blocks until
/// a writer comes, so nothing opens a path before this says it is a file.
struct RegularFileCheck {
    bool missing = false;  ///< nothing there (the problem then says "no such file")
    std::string problem;   ///< "" for a regular file; "not a regular file (a named pipe, ...)",
                           ///< "cannot be read: Too many levels of symbolic links", ...
    bool ok() const { return problem.empty(); }
};
RegularFileCheck checkRegularFile(const std::string& path);

/// Reads the header (and, to detect truncation, the tail) of an image file. Returns false with
/// `problem` set ("not an image", "corrupt JPEG header", ...) when it cannot be understood.
/// Reads a few kilobytes at most, whatever the image size. Thread-safe.
bool readImageHeader(const std::string& path, ImageHeader& header, std::string& problem);

}  // namespace faicls::data

#include "io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <streambuf>

#include "faicls/engine_error.h"

namespace faicls::io {

namespace {

// Writes to a file descriptor and never fails towards the writer: a failed write (a full disk)
// is remembered and the rest is dropped. LibTorch's archive writers throw when their stream
// fails and then throw again from their destructors while unwinding, which aborts the program;
// told the write went well, they finish normally and the caller reports the remembered error.
class RememberingFileBuffer : public std::streambuf {
public:
    explicit RememberingFileBuffer(int fd) : m_fd(fd) {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }
    int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override {
        flushBuffer();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* data, std::streamsize count) override {
        if (count >= static_cast<std::streamsize>(m_buffer.size())) {
            flushBuffer();
            writeAll(data, static_cast<size_t>(count));
            return count;
        }
        return std::streambuf::xsputn(data, count);
    }
    int sync() override {
        flushBuffer();
        return 0;
    }

private:
    void flushBuffer() {
        writeAll(pbase(), static_cast<size_t>(pptr() - pbase()));
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }
    void writeAll(const char* data, size_t count) {
        while (count > 0 && m_error == 0) {
            const ssize_t written = ::write(m_fd, data, count);
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0) {
                m_error = written < 0 ? errno : ENOSPC;
                return;
            }
            data += written;
            count -= static_cast<size_t>(written);
        }
    }

    int m_fd;
    int m_error = 0;
    std::array<char, 1 << 16> m_buffer{};
};

[[noreturn]] void throwWriteFailed(const std::string& path, const std::string& why) {
    throw EngineError(ErrorCode::WriteFailed,
                      path + ": cannot write (" + why + "); the previous file, if any, is kept");
}

}  // namespace

void writeFileSynced(const std::string& path, const std::string& reportedPath,
                     const std::function<void(std::ostream&)>& write) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throwWriteFailed(reportedPath, std::strerror(errno));
    bool closed = false;
    try {
        RememberingFileBuffer buffer(fd);
        {
            std::ostream out(&buffer);
            try {
                write(out);
            } catch (const EngineError&) {
                throw;
            } catch (const std::exception& error) {
                throwWriteFailed(reportedPath, error.what());
            }
            out.flush();
        }
        if (buffer.error() != 0)
            throwWriteFailed(reportedPath,
                             std::string(std::strerror(buffer.error())) +
                                 (buffer.error() == ENOSPC ? ", the disk is full" : ""));
        // The data must be on the disk before a name points at it (a crash after the
        // rename then finds the new file whole).
        if (::fsync(fd) != 0)
            throwWriteFailed(reportedPath, std::strerror(errno));
        closed = true;
        if (::close(fd) != 0)
            throwWriteFailed(reportedPath, std::strerror(errno));
    } catch (...) {
        if (!closed)
            ::close(fd);
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw;
    }
}

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code missing;
    if (!fs::is_directory(folder, missing))
        throw EngineError(ErrorCode::WriteFailed,
                          path + ": cannot write, folder " + folder.string() + " does not exist");
    std::random_device random;
    const fs::path temporary =
        folder / ("." + target.filename().string() + ".tmp" + std::to_string(random()));
    writeFileSynced(temporary.string(), path, write);
    std::error_code renameError;
    fs::rename(temporary, target, renameError);
    if (renameError) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throwWriteFailed(path, renameError.message());
    }
}

void syncFolder(const std::string& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;  // nothing to sync through; the renames are still done
    ::fsync(fd);
    ::close(fd);
}

}  // namespace faicls::io

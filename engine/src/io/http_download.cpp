#include "io/http_download.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <system_error>

#include <curl/curl.h>
#include <fcntl.h>
#include <unistd.h>

#include "faicls/engine_error.h"
#include "faicls/job_handle.h"

namespace faicls::io {
namespace fs = std::filesystem;

namespace {

// One transfer: the file it appends to and what happened, shared with libcurl's callbacks.
struct Transfer {
    CURL* curl = nullptr;
    std::FILE* file = nullptr;
    std::string partialFile;
    int64_t offset = 0;  ///< bytes in the file before this connection
    int64_t received = 0;
    long status = 0;           ///< HTTP status, known at the first body byte
    int writeErrno = 0;        ///< set when the disk refused bytes
    bool bodyIgnored = false;  ///< an error page: not written to the file
    JobHandle* job = nullptr;
};

void initialiseCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int64_t fileSize(const std::string& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<int64_t>(size);
}

// The first body byte tells what the server sent: a resumed part (206), the whole file (200,
// so a partial file from before starts again), or an error page (not written).
void onFirstBodyBytes(Transfer& t) {
    curl_easy_getinfo(t.curl, CURLINFO_RESPONSE_CODE, &t.status);
    if (t.status >= 400) {
        t.bodyIgnored = true;
    } else if (t.status == 200 && t.offset > 0) {
        std::fflush(t.file);
        if (ftruncate(fileno(t.file), 0) != 0)
            t.writeErrno = errno;
        t.offset = 0;
    }
}

size_t writeBody(char* data, size_t size, size_t count, void* userData) {
    auto& t = *static_cast<Transfer*>(userData);
    const size_t bytes = size * count;
    if (t.status == 0)
        onFirstBodyBytes(t);
    if (t.bodyIgnored)
        return bytes;
    if (t.writeErrno != 0)
        return 0;
    const size_t written = std::fwrite(data, 1, bytes, t.file);
    if (written != bytes) {
        t.writeErrno = errno ? errno : EIO;
        return 0;
    }
    t.received += static_cast<int64_t>(bytes);
    return bytes;
}

int onProgress(void* userData, curl_off_t total, curl_off_t done, curl_off_t, curl_off_t) {
    auto& t = *static_cast<Transfer*>(userData);
    if (!t.job)
        return 0;
    if (t.job->stopRequested())
        return 1;  // aborts the transfer: CURLE_ABORTED_BY_CALLBACK
    t.job->report("downloading", t.offset + done, total > 0 ? t.offset + total : 0);
    return 0;
}

std::string hostOf(const std::string& url) {
    const auto start = url.find("://");
    const auto from = start == std::string::npos ? 0 : start + 3;
    return url.substr(from, url.find('/', from) - from);
}

[[noreturn]] void throwWriteFailed(const Transfer& t) {
    std::error_code ignored;
    fs::remove(t.partialFile, ignored);  // a disk that is full stays full with it
    throw EngineError(ErrorCode::WriteFailed, "cannot write " + t.partialFile + ": " +
                                                  std::strerror(t.writeErrno) +
                                                  " (the partial download was deleted)");
}

bool isDroppedConnection(CURLcode code) {
    switch (code) {
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return true;
        default:
            return false;
    }
}

[[noreturn]] void throwNetworkError(CURLcode code, const std::string& url, const char* detail) {
    const std::string host = hostOf(url);
    std::string why;
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            why = "the name " + host + " does not resolve (no network?)";
            break;
        case CURLE_COULDNT_CONNECT:
            why = "cannot connect to " + host + " (no network, or the server is down)";
            break;
        case CURLE_UNSUPPORTED_PROTOCOL:
            why = "only http:// and https:// addresses are downloaded";
            break;
        default:
            why =
                std::string(curl_easy_strerror(code)) + (*detail ? std::string(": ") + detail : "");
    }
    throw EngineError(ErrorCode::DownloadFailed, url + ": " + why);
}

// Makes the partial file durable, then puts it in place in one rename.
void moveIntoPlace(const std::string& partialFile, const std::string& destination) {
    const int fd = ::open(partialFile.c_str(), O_RDONLY);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    std::error_code error;
    if (synced)
        fs::rename(partialFile, destination, error);
    if (!synced || error)
        throw EngineError(ErrorCode::WriteFailed, "cannot move " + partialFile + " to " +
                                                      destination + ": " +
                                                      (error ? error.message() : "sync failed"));
    const int folder = ::open(fs::path(destination).parent_path().c_str(), O_RDONLY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

struct CurlHandle {
    CURL* curl = curl_easy_init();
    ~CurlHandle() {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

// One connection: appends what the server sends after the bytes already in the file.
CURLcode transferOnce(Transfer& t, const std::string& url, const DownloadRequest& request,
                      char* errorBuffer) {
    CurlHandle handle;
    if (!handle.curl)
        throw EngineError(ErrorCode::Runtime, "libcurl could not start a transfer");
    t.curl = handle.curl;
    t.status = 0;
    t.bodyIgnored = false;
    t.received = 0;
    CURL* curl = handle.curl;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, CURLPROTO_HTTP | CURLPROTO_HTTPS);
#endif
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "faicls-studio");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, request.connectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, request.stallTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    const std::string range = std::to_string(t.offset) + "-";
    if (t.offset > 0)
        curl_easy_setopt(curl, CURLOPT_RANGE, range.c_str());
    const CURLcode code = curl_easy_perform(curl);
    if (t.status == 0)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &t.status);
    return code;
}

// Connections until the file is complete: each resumes where the last one stopped.
void transferAll(Transfer& t, const DownloadRequest& request, DownloadOutcome& outcome) {
    char errorBuffer[CURL_ERROR_SIZE];
    for (;;) {
        errorBuffer[0] = '\0';
        t.offset = fileSize(t.partialFile);
        t.file = std::fopen(t.partialFile.c_str(), "ab");
        if (!t.file)
            throw EngineError(ErrorCode::WriteFailed,
                              "cannot write " + t.partialFile + ": " + std::strerror(errno));
        ++outcome.attempts;
        const CURLcode code = transferOnce(t, request.url, request, errorBuffer);
        if (std::fclose(t.file) != 0 && t.writeErrno == 0)
            t.writeErrno = errno;
        t.file = nullptr;
        if (t.writeErrno != 0)
            throwWriteFailed(t);
        if (code == CURLE_ABORTED_BY_CALLBACK)
            throw EngineError(ErrorCode::Cancelled, "download of " + request.url + " cancelled (" +
                                                        std::to_string(fileSize(t.partialFile)) +
                                                        " bytes kept; it resumes next time)");
        if (t.status == 416 && t.offset > 0 && outcome.attempts < request.attempts) {
            // The range starts at or past the end: the partial file is stale; start again.
            std::error_code ignored;
            fs::remove(t.partialFile, ignored);
            continue;
        }
        if (t.status >= 400)
            throw EngineError(
                ErrorCode::DownloadFailed,
                request.url + ": the server answered HTTP " + std::to_string(t.status));
        if (code == CURLE_OK)
            return;
        if (!isDroppedConnection(code))
            throwNetworkError(code, request.url, errorBuffer);
        if (outcome.attempts >= request.attempts)
            throw EngineError(ErrorCode::DownloadFailed,
                              request.url + ": the connection dropped " +
                                  std::to_string(outcome.attempts) + " times (" +
                                  std::to_string(fileSize(t.partialFile)) +
                                  " bytes kept; run it again to resume)");
    }
}

}  // namespace

std::string partialFileOf(const std::string& destination) {
    return destination + ".part";
}

DownloadOutcome downloadFile(const DownloadRequest& request, JobHandle* job) {
    initialiseCurlOnce();
    Transfer t;
    t.job = job;
    t.partialFile = partialFileOf(request.destination);
    std::error_code folderError;
    fs::create_directories(fs::path(request.destination).parent_path(), folderError);
    if (folderError)
        throw EngineError(
            ErrorCode::WriteFailed,
            "cannot create the folder of " + request.destination + ": " + folderError.message());
    DownloadOutcome outcome;
    outcome.resumedFrom = fileSize(t.partialFile);
    try {
        transferAll(t, request, outcome);
    } catch (...) {
        std::error_code ignored;
        if (fileSize(t.partialFile) == 0)
            fs::remove(t.partialFile, ignored);  // nothing came: nothing to resume
        throw;
    }
    if (request.verify) {
        try {
            request.verify(t.partialFile);
        } catch (...) {
            std::error_code ignored;
            fs::remove(t.partialFile, ignored);
            throw;
        }
    }
    outcome.bytes = fileSize(t.partialFile);
    moveIntoPlace(t.partialFile, request.destination);
    return outcome;
}

}  // namespace faicls::io

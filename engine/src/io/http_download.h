#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace faicls {
class JobHandle;
}

namespace faicls::io {

/// One file to fetch over HTTP(S) with libcurl.
struct DownloadRequest {
    std::string url;
    /// Where the file goes once complete and verified; renamed there atomically, so it is whole
    /// or absent. Until then the bytes are in `partialFileOf(destination)`, which a later
    /// download of the same destination resumes (an HTTP range request).
    std::string destination;
    /// Checks the complete partial file before it becomes `destination`; throws to refuse it
    /// (the partial file is then deleted, so nothing refused is kept).
    std::function<void(const std::string& partialFile)> verify;
    /// Connections that drop midway are resumed where they stopped, this many tries in all.
    int attempts = 4;
    long connectTimeoutSeconds = 20;
    /// A transfer slower than one byte a second for this long counts as dropped.
    long stallTimeoutSeconds = 60;
};

struct DownloadOutcome {
    int64_t bytes = 0;        ///< size of the file written
    int64_t resumedFrom = 0;  ///< bytes that were already there from an interrupted download
    int attempts = 0;         ///< connections it took
};

/// `destination + ".part"`.
std::string partialFileOf(const std::string& destination);

/// Downloads `request.url`. Progress goes to the job as phase "downloading" (bytes done of
/// bytes total); cancelling stops the transfer and keeps the partial file for a resume.
/// Throws EngineError: DownloadFailed (no network, refused connection, HTTP error, a connection
/// that kept dropping; the message names the URL), WriteFailed (disk full or not writable: the
/// partial file is deleted, naming it), Cancelled, or what `verify` throws.
DownloadOutcome downloadFile(const DownloadRequest& request, JobHandle* job = nullptr);

}  // namespace faicls::io

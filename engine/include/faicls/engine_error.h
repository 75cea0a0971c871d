#pragma once

#include <stdexcept>
#include <string>

namespace faicls {

/// What went wrong, for callers that react differently (the CLI maps these to exit codes,
/// the GUI to translated messages).
enum class ErrorCode {
    FileNotFound,          ///< a path the user gave does not exist
    InvalidFile,           ///< the file exists but is not what it should be (corrupt, wrong kind)
    UnsafeFile,            ///< the file asks for code execution (a hostile pickle) and was refused
    UnsupportedFormat,     ///< a valid file in a format or version we do not read
    InvalidConfig,         ///< the configuration has problems (see ConfigIssue)
    ArchitectureMismatch,  ///< weights that do not belong to the configured network
    WriteFailed,           ///< a file could not be written
    Runtime,               ///< anything else that failed while running
    Cancelled,             ///< the job was cancelled before it had a result
    DownloadFailed         ///< a download did not complete (no network, HTTP error, dropped)
};

/// The one exception type the engine throws across its public API. The message names the file
/// and the problem in plain words.
class EngineError : public std::runtime_error {
public:
    EngineError(ErrorCode code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    ErrorCode code() const { return m_code; }

private:
    ErrorCode m_code;
};

}  // namespace faicls

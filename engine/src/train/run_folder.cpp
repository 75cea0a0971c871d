#include "train/run_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "faicls/engine_error.h"
#include "faicls/json_text.h"
#include "faicls/run_summary.h"
#include "io/atomic_file.h"
#include "io/json_file.h"
#include "train/run_log_json.h"

namespace faicls::train {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// What an interrupted atomic write left (io::writeFileAtomically's ".NAME.tmpDIGITS").
bool isLeftoverTemporary(const fs::path& file) {
    const std::string name = file.filename().string();
    const auto mark = name.rfind(".tmp");
    return name.size() > 1 && name[0] == '.' && mark != std::string::npos && mark > 1 &&
           mark + 4 < name.size() &&
           name.find_first_not_of("0123456789", mark + 4) == std::string::npos;
}

// A checkpoint is written as ".NAME.pending" files, then committed by writing the journal
// (atomically) that lists them, then renamed into place; the journal goes last. Whoever finds
// the journal finishes the renames; pending files without a journal were never committed.
constexpr const char* kJournal = ".checkpoint.journal";
constexpr const char* kLockFile = "run.lock";
constexpr const char* kPendingSuffix = ".pending";

fs::path pendingFor(const std::string& file) {
    const fs::path path(file);
    return path.parent_path() / ("." + path.filename().string() + kPendingSuffix);
}

bool isPending(const fs::path& file) {
    const std::string name = file.filename().string();
    const std::string suffix = kPendingSuffix;
    return name.size() > suffix.size() + 1 && name[0] == '.' &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A kill while a line was written leaves it cut short; it is dropped, so the next record
// starts on a line of its own.
void dropTornLastLine(const std::string& log) {
    std::ifstream in(log, std::ios::binary | std::ios::ate);
    if (!in)
        return;
    const std::streamoff size = in.tellg();
    std::streamoff keep = size;
    char byte = '\n';
    while (keep > 0) {
        in.seekg(keep - 1);
        in.get(byte);
        if (byte == '\n')
            break;
        --keep;
    }
    in.close();
    if (keep < size) {
        std::error_code ignored;
        fs::resize_file(log, static_cast<uintmax_t>(keep), ignored);
    }
}

}  // namespace

RunFolder::~RunFolder() {
    if (m_lockFd >= 0)
        ::close(m_lockFd);  // releases the lock
}

void RunFolder::lock() {
    if (m_lockFd >= 0)
        return;
    std::error_code created;
    fs::create_directories(m_files.folder, created);
    const std::string lockFile = (fs::path(m_files.folder) / kLockFile).string();
    const int fd = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw EngineError(
            ErrorCode::WriteFailed,
            m_files.folder + ": cannot use as a run folder (" + std::strerror(errno) + ")");
    // flock, not fcntl: its lock belongs to this open file, so a second training in the same
    // process (the GUI) is refused as well, and it goes with the process however that ends.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t got = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        std::string pid = got > 0 ? std::string(holder, static_cast<size_t>(got)) : "";
        pid = pid.substr(0, pid.find_first_not_of("0123456789"));
        throw EngineError(ErrorCode::Runtime, m_files.folder +
                                                  ": another training is using this run folder" +
                                                  (pid.empty() ? "" : " (process " + pid + ")") +
                                                  "; wait for it to end or choose another folder");
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // Only a note for the message above; the lock holds without it.
    }
    m_lockFd = fd;
    completeInterruptedCheckpoint();
}

void RunFolder::completeInterruptedCheckpoint() const {
    const fs::path journal = fs::path(m_files.folder) / kJournal;
    std::error_code error;
    if (fs::exists(journal, error)) {
        try {
            const json listed = io::readJsonFile(journal.string());
            for (const auto& target : listed.at("files")) {
                const std::string file =
                    (fs::path(m_files.folder) / target.get<std::string>()).string();
                if (fs::exists(pendingFor(file), error))
                    fs::rename(pendingFor(file), file);
            }
            io::syncFolder(m_files.folder);
        } catch (const std::exception& failure) {
            throw EngineError(ErrorCode::InvalidFile,
                              journal.string() + ": cannot complete the interrupted checkpoint (" +
                                  failure.what() + ")");
        }
        fs::remove(journal, error);
    }
    for (const auto& entry : fs::directory_iterator(m_files.folder, error)) {
        std::error_code ignored;
        if (isPending(entry.path()))
            fs::remove(entry.path(), ignored);  // written, never committed
    }
}

bool RunFolder::holdsARun() const {
    return runFolderHoldsARun(m_files.folder);
}

}  // namespace faicls::train

namespace faicls {
namespace fs = std::filesystem;

bool runFolderHoldsARun(const std::string& folder) {
    const RunFolderFiles files(folder);
    std::error_code error;
    return fs::exists(files.state, error) || fs::exists(files.lastBundle, error) ||
           fs::exists(fs::path(folder) / train::kJournal, error);
}

bool runFolderIsInUse(const std::string& folder) {
    const std::string lockFile = (fs::path(folder) / train::kLockFile).string();
    const int fd = ::open(lockFile.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;  // never trained in, or not readable: nothing holds it that we can see
    // A shared lock is refused while a training holds its exclusive one; taken, it is let go
    // at once (a training starting in that instant would be told the folder is in use).
    const bool inUse = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return inUse;
}

}  // namespace faicls

namespace faicls::train {

TrainerState RunFolder::readState() const {
    if (!fs::exists(m_files.state))
        throw EngineError(
            ErrorCode::FileNotFound,
            m_files.folder + ": nothing to resume (no finished epoch in this run folder)");
    return readTrainerState(m_files.state, m_files.folder);
}

ExperimentConfig RunFolder::readConfig() const {
    const auto saved = loadExperimentConfigFile(m_files.config);
    if (!saved.ok())
        throw EngineError(ErrorCode::InvalidConfig,
                          m_files.config + ":\n" + formatIssues(saved.errors));
    return saved.config;
}

LoadedBundle RunFolder::readLastBundle(const TrainerState& state) const {
    LoadedBundle last = readBundle(m_files.lastBundle);
    if (last.info.trainingSummary.value("epoch", nlohmann::json()) != state.epoch)
        throw EngineError(ErrorCode::InvalidFile,
                          m_files.lastBundle +
                              ": does not match the run's saved state (interrupted while "
                              "saving?); cannot resume exactly");
    return last;
}

void RunFolder::loadOptimizer(torch::optim::Optimizer& optimizer) const {
    torch::serialize::InputArchive archive;
    archive.load_from(m_files.optimizer);
    optimizer.load(archive);
}

void RunFolder::start(const ExperimentConfig& used, bool resume) {
    lock();
    std::error_code listing;
    for (const auto& entry : fs::directory_iterator(m_files.folder, listing)) {
        std::error_code ignored;
        if (isLeftoverTemporary(entry.path()))
            fs::remove(entry.path(), ignored);  // a kill or a full disk interrupted its write
    }
    io::writeFileAtomically(
        m_files.config, [&](std::ostream& o) { o << dumpJson(faicls::toJson(used), 2) << "\n"; });
    if (!resume) {
        // A fresh run in a used folder: nothing of the old run may be resumed into this one.
        std::error_code ignored;
        fs::remove(m_files.state, ignored);
        fs::remove(m_files.optimizer, ignored);
    }
    if (resume)
        dropTornLastLine(m_files.log);
    m_log.open(m_files.log, resume ? std::ios::app : std::ios::trunc);
}

void RunFolder::append(const LoggedIteration& record) {
    m_log << dumpJson(toJson(record)) << "\n";
}

void RunFolder::append(const LoggedEvaluation& record) {
    m_log << dumpJson(toJson(record)) << std::endl;
}

void RunFolder::append(const LoggedFailure& record) {
    m_log << dumpJson(toJson(record)) << std::endl;
}

void RunFolder::writeCheckpoint(const Checkpoint& checkpoint) const {
    std::vector<std::string> files;
    if (checkpoint.best)
        files.push_back(m_files.bestBundle);
    files.push_back(m_files.lastBundle);
    files.push_back(m_files.optimizer);
    files.push_back(m_files.state);
    try {
        if (checkpoint.best)
            writeBundleSynced(pendingFor(m_files.bestBundle).string(), m_files.bestBundle,
                              checkpoint.info, checkpoint.weights);
        writeBundleSynced(pendingFor(m_files.lastBundle).string(), m_files.lastBundle,
                          checkpoint.info, checkpoint.weights);
        torch::serialize::OutputArchive archive;
        checkpoint.optimizer.save(archive);
        io::writeFileSynced(pendingFor(m_files.optimizer).string(), m_files.optimizer,
                            [&](std::ostream& o) { archive.save_to(o); });
        io::writeFileSynced(pendingFor(m_files.state).string(), m_files.state,
                            [&](std::ostream& o) {
                                o << dumpJson(toJson(checkpoint.state, m_files.folder), 2) << "\n";
                            });
        json journal = {{"files", json::array()}};
        for (const auto& file : files)
            journal["files"].push_back(fs::path(file).filename().string());
        io::writeFileAtomically((fs::path(m_files.folder) / kJournal).string(),
                                [&](std::ostream& o) { o << journal.dump() << "\n"; });
    } catch (...) {
        for (const auto& file : files) {
            std::error_code ignored;
            fs::remove(pendingFor(file), ignored);  // the previous checkpoint stays as it was
        }
        throw;
    }
    completeInterruptedCheckpoint();  // committed: from here on, a kill is finished by resume
}

}  // namespace faicls::train

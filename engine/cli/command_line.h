#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace faicls {
struct WeightsEntry;
struct ExperimentConfig;
}  // namespace faicls

namespace faicls::cli {

/// Exit codes of spec §7.
constexpr int kExitOk = 0;
constexpr int kExitRuntimeFailure = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInterrupted = 130;  ///< stopped by Ctrl+C or SIGTERM (128 + SIGINT)

/// A bad command line; the message says what to fix.
struct UsageError {
    std::string message;
};

/// `--name value` options, `--flag` switches and positional arguments of one command.
class CommandLine {
public:
    /// `valueOptions` take a value, `flags` do not; anything else starting with "--" is an error.
    CommandLine(const std::vector<std::string>& arguments,
                const std::vector<std::string>& valueOptions,
                const std::vector<std::string>& flags);

    std::optional<std::string> value(const std::string& name) const;
    /// Throws UsageError when absent.
    std::string required(const std::string& name) const;
    bool flag(const std::string& name) const;
    /// The value as a whole number in [min, max], or nullopt when absent. The whole text must
    /// be the number ("2x", "1e3" and "" are refused); throws UsageError naming the option.
    std::optional<int64_t> integer(const std::string& name, int64_t min, int64_t max) const;
    /// The same for a finite number ("nan", "inf", "0.5abc" are refused).
    std::optional<double> number(const std::string& name, double min, double max) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positional;
};

/// The files a command reads, known by device and inode: an output never replaces one of them,
/// whatever name or link it is given by.
class InputFiles {
public:
    explicit InputFiles(const std::vector<std::string>& paths);
    /// Throws UsageError naming `option` when `output` is one of the inputs.
    void refuseAsOutput(const std::string& output, const std::string& option) const;

private:
    std::map<std::pair<uint64_t, uint64_t>, std::string> m_files;
};

/// An experiment config file (train --config): warnings on stderr, errors thrown (EngineError
/// naming the file); num_classes may be missing (the dataset gives it).
ExperimentConfig experimentConfigFromFile(const std::string& path);

int runImport(const std::vector<std::string>& arguments);
int runPredict(const std::vector<std::string>& arguments);
int runInspect(const std::vector<std::string>& arguments);
int runDemo(const std::vector<std::string>& arguments);
int runTrain(const std::vector<std::string>& arguments);
int runEval(const std::vector<std::string>& arguments);
int runReview(const std::vector<std::string>& arguments);
int runApplyEdits(const std::vector<std::string>& arguments);
int runExport(const std::vector<std::string>& arguments);
int runQuantize(const std::vector<std::string>& arguments);
int runWeights(const std::vector<std::string>& arguments);

/// The entry's file: from a cache, else downloaded with a progress bar on stderr.
std::string fetchWeightsWithProgress(const WeightsEntry& entry);

}  // namespace faicls::cli

#include "command_line.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>

namespace faicls::cli {

CommandLine::CommandLine(const std::vector<std::string>& arguments,
                         const std::vector<std::string>& valueOptions,
                         const std::vector<std::string>& flags) {
    auto contains = [](const std::vector<std::string>& list, const std::string& item) {
        return std::find(list.begin(), list.end(), item) != list.end();
    };
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument.rfind("--", 0) != 0 || argument == "--") {
            m_positional.push_back(argument);
            continue;
        }
        std::string name = argument.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        if (contains(flags, name) && !inlineValue) {
            m_flags.push_back(name);
        } else if (contains(valueOptions, name)) {
            if (inlineValue) {
                m_values[name] = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                m_values[name] = arguments[++i];
            } else {
                throw UsageError{"option --" + name + " needs a value"};
            }
        } else {
            throw UsageError{"unknown option --" + name};
        }
    }
}

std::optional<std::string> CommandLine::value(const std::string& name) const {
    const auto found = m_values.find(name);
    if (found == m_values.end())
        return std::nullopt;
    return found->second;
}

std::string CommandLine::required(const std::string& name) const {
    const auto found = value(name);
    if (!found)
        throw UsageError{"missing --" + name};
    return *found;
}

bool CommandLine::flag(const std::string& name) const {
    return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

namespace {

std::string rangeText(double min, double max) {
    char text[64];
    std::snprintf(text, sizeof text, "[%g, %g]", min, max);
    return text;
}

}  // namespace

std::optional<int64_t> CommandLine::integer(const std::string& name, int64_t min,
                                            int64_t max) const {
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const long long parsed = std::strtoll(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || errno == ERANGE || parsed < min || parsed > max)
        throw UsageError{"--" + name + " takes a whole number in " +
                         rangeText(static_cast<double>(min), static_cast<double>(max)) + ", not '" +
                         *text + "'"};
    return parsed;
}

std::optional<double> CommandLine::number(const std::string& name, double min, double max) const {
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    char* end = nullptr;
    const double parsed = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || !std::isfinite(parsed) || parsed < min || parsed > max)
        throw UsageError{"--" + name + " takes a number in " + rangeText(min, max) + ", not '" +
                         *text + "'"};
    return parsed;
}

namespace {

std::optional<std::pair<uint64_t, uint64_t>> identityOf(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0)
        return std::nullopt;  // not there yet: it replaces nothing
    return std::make_pair(static_cast<uint64_t>(status.st_dev),
                          static_cast<uint64_t>(status.st_ino));
}

}  // namespace

InputFiles::InputFiles(const std::vector<std::string>& paths) {
    for (const auto& path : paths)
        if (const auto identity = identityOf(path))
            m_files.emplace(*identity, path);
}

void InputFiles::refuseAsOutput(const std::string& output, const std::string& option) const {
    const auto identity = identityOf(output);
    if (!identity)
        return;
    const auto input = m_files.find(*identity);
    if (input != m_files.end())
        throw UsageError{option + " " + output + " is the input " + input->second +
                         "; choose another path (an output never replaces an input)"};
}

}  // namespace faicls::cli

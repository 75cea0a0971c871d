#include "command_line.h"

#include <algorithm>

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

}  // namespace faicls::cli

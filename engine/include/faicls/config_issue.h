#pragma once

#include <string>
#include <vector>

namespace faicls {

/// One problem found in a configuration, with the JSON key path it concerns
/// ("backbone_config.depth").
struct ConfigIssue {
    std::string keyPath;
    std::string message;
    /// "backbone_config.depth: 19 is not one of 18, 34, 50, 101"
    std::string text() const { return keyPath.empty() ? message : keyPath + ": " + message; }
};

using ConfigIssues = std::vector<ConfigIssue>;

/// Joins issues into one readable block, one per line.
std::string formatIssues(const ConfigIssues& issues);

}  // namespace faicls

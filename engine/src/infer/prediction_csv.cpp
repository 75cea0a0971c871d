#include "faicls/prediction_csv.h"

#include <cstdio>

#include "io/atomic_file.h"

namespace faicls {

namespace {

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string joined(const std::vector<ClassScore>& labels, bool confidences) {
    std::string text;
    for (const auto& label : labels) {
        if (!text.empty())
            text += ";";
        if (confidences) {
            char value[32];
            std::snprintf(value, sizeof value, "%.6f", label.confidence);
            text += value;
        } else {
            text += label.label;
        }
    }
    return text;
}

}  // namespace

void writePredictionsCsv(const std::string& path, const std::vector<PredictionOutcome>& outcomes) {
    io::writeFileAtomically(path, [&](std::ostream& out) {
        out << "path,labels,confidences,error\n";
        for (const auto& outcome : outcomes) {
            out << csvField(outcome.imagePath) << ",";
            if (outcome.prediction)
                out << csvField(joined(outcome.prediction->labels, false)) << ","
                    << joined(outcome.prediction->labels, true) << ",\n";
            else
                out << ",," << csvField(outcome.error) << "\n";
        }
    });
}

}  // namespace faicls

#pragma once

#include <QWidget>
#include <map>
#include <nlohmann/json.hpp>

#include "faicls/config_schema.h"

class QFormLayout;
class QLabel;

namespace faicls::gui {
class Retranslator;
}

namespace faicls::gui {

/// A form for one configuration section, built from the engine's schema table: one field per
/// key with its range, choices, default and help as tooltip; keys that do not apply to the
/// chosen backbone are hidden. Reads and writes the section's JSON, so whatever the engine
/// accepts the form shows, and the other way round.
class ConfigForm : public QWidget {
    Q_OBJECT
public:
    /// `hiddenKeys`: keys the form does not show (set elsewhere, e.g. num_classes).
    ConfigForm(const std::vector<SchemaEntry>& schema, std::vector<std::string> hiddenKeys,
               QWidget* parent = nullptr);

    /// The section as JSON (nested objects for dotted keys), every shown key present.
    nlohmann::json toJson() const;
    /// Sets the fields present in `section`; others keep their value.
    void setJson(const nlohmann::json& section);
    void resetToDefaults();
    /// Shows problems next to their fields (key paths as the engine reports them); clears others.
    void showIssues(const std::map<std::string, std::string>& messagesByKey);
    /// Only keys for this backbone model type are visible (model section).
    void setBackboneType(const std::string& modelType);
    /// Greys out a field that the current values make irrelevant, saying why.
    void setFieldEnabled(const std::string& keyPath, bool enabled, const QString& reason = {});
    /// The field editing `keyPath` (tests, focus).
    QWidget* field(const std::string& keyPath) const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        SchemaEntry entry;
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QLabel* issue = nullptr;
    };
    QWidget* makeEditor(const SchemaEntry& entry);
    QWidget* makeTextEditor(bool filePath);
    QWidget* makeListEditor(ValueKind kind);
    void notifyChanged();
    nlohmann::json valueOf(const Row& row) const;
    void setValue(Row& row, const nlohmann::json& value);

    std::vector<Row> m_rows;
    std::vector<std::string> m_hidden;
    QFormLayout* m_layout = nullptr;
    Retranslator* m_texts = nullptr;
    bool m_updating = false;
};

}  // namespace faicls::gui

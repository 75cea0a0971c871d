#pragma once

#include "common/page.h"

#include "faicls/model_config.h"

class QComboBox;
class QLabel;

namespace faicls::gui {

class ConfigForm;
class Session;

/// Every knob of the model and of the training recipe, from the engine's schema; presets for a
/// quick start, JSON load/save, and the engine's validation shown next to each field.
class ModelPage : public Page {
    Q_OBJECT
public:
    explicit ModelPage(Session* session, QWidget* parent = nullptr);

    /// The experiment as the forms say (num_classes and multi_label come from the dataset).
    ExperimentConfig experiment() const;
    /// Whether the engine accepts the forms as they are.
    bool isValid() const { return m_valid; }
    void setExperiment(const ExperimentConfig& experiment);
    bool loadFile(const QString& path);
    bool saveFile(const QString& path);
    ConfigForm* modelForm() const { return m_modelForm; }
    ConfigForm* trainForm() const { return m_trainForm; }
    void applyPreset(const QString& name);

private:
    void revalidate();

    QComboBox* m_presets = nullptr;
    ConfigForm* m_modelForm = nullptr;
    ConfigForm* m_trainForm = nullptr;
    QLabel* m_status = nullptr;
    bool m_valid = true;
};

}  // namespace faicls::gui

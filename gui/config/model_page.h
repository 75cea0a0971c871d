#pragma once

#include "common/page.h"

#include "faicls/model_config.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace faicls::gui {

class ConfigForm;
class Session;

/// Every knob of the model and of the training recipe, from the engine's schema; presets for a
/// quick start, JSON load/save, and the engine's validation shown next to each field.
class ModelPage : public Page {
    Q_OBJECT
public:
    ModelPage(EngineController* engine, Session* session, QWidget* parent = nullptr);

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
    /// Sets `backbone_config.pretrained`: a catalogue name, a file, or "" for none.
    void setPretrained(const QString& value);
    /// Reads the weights catalogue and the caches again (after a change of the extra catalogue).
    void refreshWeights() { revalidate(); }

private:
    void revalidate();
    void downloadWeights();
    QString describeWeights(const BackboneConfig& backbone, std::string& problem);

    QComboBox* m_presets = nullptr;
    ConfigForm* m_modelForm = nullptr;
    ConfigForm* m_trainForm = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_weightsInfo = nullptr;
    QPushButton* m_download = nullptr;
    bool m_valid = true;
};

}  // namespace faicls::gui

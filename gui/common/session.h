#pragma once

#include <QObject>
#include <QString>

#include "faicls/model_config.h"
#include "runner/engine_types.h"

namespace faicls::gui {

/// What the pages share: the open dataset, the experiment being configured, the current model
/// bundle and run folder. Pages read it and react to its signals; one lives in the main window.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr) : QObject(parent) {}

    const ScannedDataset& dataset() const { return m_dataset; }
    bool hasDataset() const { return m_dataset.index != nullptr; }
    void setDataset(const ScannedDataset& dataset) {
        m_dataset = dataset;
        Q_EMIT datasetChanged();
    }

    /// The experiment as the Model page last read it, and whether it has no problems.
    const ExperimentConfig& experiment() const { return m_experiment; }
    bool experimentIsValid() const { return m_experimentValid; }
    void setExperiment(const ExperimentConfig& experiment, bool valid) {
        m_experiment = experiment;
        m_experimentValid = valid;
    }

    QString modelBundle() const { return m_modelBundle; }
    /// Makes `path` the current model if it opens as a bundle; otherwise leaves the current one
    /// and says why in `problem`. What every page's model choice goes through.
    bool openModelBundle(const QString& path, QString& problem);
    /// For a bundle known to be good (one the trainer just wrote).
    void setModelBundle(const QString& path) {
        if (path == m_modelBundle)
            return;
        m_modelBundle = path;
        Q_EMIT modelBundleChanged(path);
    }

    /// Asks the Model page to train from these weights (a catalogue name or a file), as the
    /// Training page does when the user picks a file instead of a download.
    void choosePretrained(const QString& value) { Q_EMIT pretrainedChosen(value); }

Q_SIGNALS:
    void datasetChanged();
    void pretrainedChosen(const QString& value);
    void modelBundleChanged(const QString& path);

private:
    ScannedDataset m_dataset;
    ExperimentConfig m_experiment;
    bool m_experimentValid = false;
    QString m_modelBundle;
};

}  // namespace faicls::gui

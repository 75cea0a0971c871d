#pragma once

#include <QObject>
#include <QString>

#include "faicls/model_config.h"
#include "runner/engine_types.h"

namespace faicls::gui {

/// What the pages share: the project, the open dataset, the experiment being configured, the
/// current model bundle and run folder. Pages read it and react to its signals; one lives in the
/// main window.
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
        Q_EMIT experimentChanged();
    }

    /// The project folder the work is saved in; empty when none is open (a bare dataset).
    QString projectFolder() const { return m_projectFolder; }
    bool hasProject() const { return !m_projectFolder.isEmpty(); }
    void setProjectFolder(const QString& folder) {
        if (folder == m_projectFolder)
            return;
        m_projectFolder = folder;
        Q_EMIT projectChanged();
    }
    /// The project folder, or without one the app's data folder: its runs/ holds the trainings.
    QString workFolder() const;

    /// The run last started, continued or opened on the Training page ("" for none).
    QString runFolder() const { return m_runFolder; }
    void setRunFolder(const QString& folder) {
        if (folder == m_runFolder)
            return;
        m_runFolder = folder;
        Q_EMIT runFolderChanged(folder);
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
    void experimentChanged();
    void projectChanged();
    void runFolderChanged(const QString& folder);
    void pretrainedChosen(const QString& value);
    void modelBundleChanged(const QString& path);

private:
    ScannedDataset m_dataset;
    ExperimentConfig m_experiment;
    bool m_experimentValid = false;
    QString m_modelBundle;
    QString m_projectFolder;
    QString m_runFolder;
};

}  // namespace faicls::gui

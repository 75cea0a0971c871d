#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include "faicls/model_config.h"
#include "faicls/project.h"

namespace faicls::gui {

class Session;

/// Keeps the session and its project folder in step: opening a project restores its dataset,
/// settings, current model and offers an interrupted run; afterwards every change of dataset,
/// settings or model is saved to project.json (shortly after it happens, and on close).
/// Without a project nothing is written: saving one turns the current work into a project.
class ProjectController : public QObject {
    Q_OBJECT
public:
    explicit ProjectController(Session* session, QObject* parent = nullptr);

    /// Opens the project in `folder`; false with errorOccurred when it cannot be read.
    bool open(const QString& folder);
    /// Makes `folder` the project of the current work (dataset, settings, model) and saves it;
    /// a folder that already holds a project is opened instead.
    bool create(const QString& folder);
    /// Writes project.json now; false (and errorOccurred) when it cannot be written or when
    /// there is no project.
    bool save();
    /// Leaves the project: the work stays open, and is no longer saved anywhere.
    void close();

    /// Recent project folders that still hold a project, newest first.
    static QStringList recentProjects();
    static QString lastProject();

Q_SIGNALS:
    /// The project names a dataset: the window opens (scans) it.
    void datasetRequested(const QString& folder);
    /// The project's saved settings: the Model page shows them.
    void experimentRequested(const ExperimentConfig& experiment);
    /// A run of the project stopped before its end and can be continued.
    void interruptedRunFound(const RunSummary& run);
    void recentProjectsChanged();
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void remember(const QString& folder);
    void scheduleSave();
    void takeDataset();

    Session* const m_session;
    Project m_project;  ///< what is saved; follows the session while a project is open
    bool m_open = false;
    /// The classes the project was saved with, compared once with the dataset when it is read.
    std::vector<std::string> m_classesToCheck;
    QTimer m_saveSoon;
};

}  // namespace faicls::gui

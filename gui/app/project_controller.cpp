#include "app/project_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

#include "common/session.h"
#include "runner/error_text.h"

namespace faicls::gui {

namespace {

constexpr int kMaxRecentProjects = 8;
const char* const kRecentKey = "recent/projects";
const char* const kLastKey = "project/last";

QString joined(const std::vector<std::string>& names) {
    QStringList list;
    for (const std::string& name : names)
        list << QString::fromStdString(name);
    return list.join(QStringLiteral(", "));
}

}  // namespace

ProjectController::ProjectController(Session* session, QObject* parent)
    : QObject(parent), m_session(session) {
    // Settings change with every keystroke on the Model page: written once they settle.
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(400);
    connect(&m_saveSoon, &QTimer::timeout, this, &ProjectController::save);
    connect(m_session, &Session::datasetChanged, this, &ProjectController::takeDataset);
    connect(m_session, &Session::experimentChanged, this, [this] {
        if (!m_open)
            return;
        m_project.experiment = m_session->experiment();
        scheduleSave();
    });
    connect(m_session, &Session::modelBundleChanged, this, [this](const QString& path) {
        if (!m_open)
            return;
        m_project.currentModel = path.toStdString();
        scheduleSave();
    });
}

QStringList ProjectController::recentProjects() {
    // A project moved or deleted since is not offered.
    QStringList existing;
    for (const QString& folder : QSettings().value(QLatin1String(kRecentKey)).toStringList())
        if (isProjectFolder(folder.toStdString()))
            existing << folder;
    return existing;
}

QString ProjectController::lastProject() {
    return QSettings().value(QLatin1String(kLastKey)).toString();
}

bool ProjectController::open(const QString& folder) {
    Project project;
    try {
        project = readProject(folder.toStdString());
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
    save();          // the project being left keeps its last changes
    m_open = false;  // what follows restores the project: nothing to save until it is done
    m_saveSoon.stop();
    m_project = project;
    m_session->setProjectFolder(folder);
    if (project.experiment)
        Q_EMIT experimentRequested(*project.experiment);
    QString modelProblem;
    if (project.currentModel.empty() ||
        !m_session->openModelBundle(QString::fromStdString(project.currentModel), modelProblem))
        m_session->setModelBundle(QString());
    m_open = true;
    m_project.currentModel = m_session->modelBundle().toStdString();
    m_classesToCheck = project.classNames;
    if (!project.datasetRoot.empty())
        Q_EMIT datasetRequested(QString::fromStdString(project.datasetRoot));
    remember(folder);
    QStringList notes;
    for (const std::string& note : project.notes)
        notes << QString::fromStdString(note);
    if (!modelProblem.isEmpty())
        notes << tr("The project's model could not be opened: %1").arg(modelProblem);
    Q_EMIT statusMessage(notes.isEmpty() ? tr("Project %1 opened.").arg(QDir(folder).dirName())
                                         : notes.join(QLatin1Char('\n')));
    if (const auto run = interruptedRun(folder.toStdString()))
        Q_EMIT interruptedRunFound(*run);
    return true;
}

bool ProjectController::create(const QString& folder) {
    if (isProjectFolder(folder.toStdString()))
        return open(folder);
    Project project;
    project.folder = folder.toStdString();
    if (m_session->hasDataset()) {
        project.datasetRoot = m_session->dataset().index->root;
        project.classNames = m_session->dataset().index->classNames;
    }
    project.experiment = m_session->experiment();
    project.currentModel = m_session->modelBundle().toStdString();
    try {
        saveProject(project);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
    save();  // the project being left keeps its last changes
    m_project = project;
    m_open = true;
    m_classesToCheck.clear();
    m_session->setProjectFolder(folder);
    remember(folder);
    Q_EMIT statusMessage(tr("Project %1 created.").arg(QDir(folder).dirName()));
    return true;
}

bool ProjectController::save() {
    m_saveSoon.stop();
    if (!m_open)
        return false;
    try {
        saveProject(m_project);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
    return true;
}

void ProjectController::close() {
    save();
    m_open = false;
    m_project = Project{};
    m_session->setProjectFolder(QString());
    QSettings().remove(QLatin1String(kLastKey));
}

void ProjectController::scheduleSave() {
    if (m_open)
        m_saveSoon.start();
}

// The dataset now open is the project's; the first time after opening, its classes are
// compared with those the project was saved with.
void ProjectController::takeDataset() {
    if (!m_open || !m_session->hasDataset())
        return;
    const DatasetIndex& index = *m_session->dataset().index;
    if (!m_classesToCheck.empty() && index.root == m_project.datasetRoot) {
        std::vector<std::string> added, removed;
        for (const std::string& name : index.classNames)
            if (std::find(m_classesToCheck.begin(), m_classesToCheck.end(), name) ==
                m_classesToCheck.end())
                added.push_back(name);
        for (const std::string& name : m_classesToCheck)
            if (std::find(index.classNames.begin(), index.classNames.end(), name) ==
                index.classNames.end())
                removed.push_back(name);
        if (!added.empty() || !removed.empty())
            Q_EMIT statusMessage(
                tr("The dataset's classes changed since the project was saved (new: %1; gone: "
                   "%2). Runs trained before predict the old classes.")
                    .arg(added.empty() ? tr("none") : joined(added),
                         removed.empty() ? tr("none") : joined(removed)));
        m_classesToCheck.clear();
    }
    m_project.datasetRoot = index.root;
    m_project.classNames = index.classNames;
    scheduleSave();
}

void ProjectController::remember(const QString& folder) {
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentProjects)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    settings.setValue(QLatin1String(kLastKey), absolute);
    Q_EMIT recentProjectsChanged();
}

}  // namespace faicls::gui

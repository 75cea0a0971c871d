#pragma once

#include <QWidget>

class QListWidget;

namespace faicls::gui {

/// The first page: start or open a project, open a dataset or a model, or try the demo; recent
/// projects and datasets below.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentDatasets(const QStringList& folders);
    void setRecentProjects(const QStringList& folders);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectChosen(const QString& folder);
    void openDatasetRequested();
    void openModelRequested();
    void demoRequested();
    void recentDatasetChosen(const QString& folder);

private:
    QListWidget* m_recent = nullptr;
    QListWidget* m_recentProjects = nullptr;
};

}  // namespace faicls::gui

#pragma once

#include <QWidget>

class QListWidget;

namespace faicls::gui {

/// The first page: open a dataset, open a model, or try the demo; recent datasets below.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecentDatasets(const QStringList& folders);

Q_SIGNALS:
    void openDatasetRequested();
    void openModelRequested();
    void demoRequested();
    void recentDatasetChosen(const QString& folder);

private:
    QListWidget* m_recent = nullptr;
};

}  // namespace faicls::gui

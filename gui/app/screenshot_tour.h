#pragma once

#include <QObject>
#include <QString>

namespace faicls::gui {

class MainWindow;

/// Drives the window through every page on the demo the way a user would (open the demo in a
/// project, train two short runs and compare them, evaluate, review the labels, predict, export)
/// and saves a screenshot of each page into a folder; then quits. Used by scripts/screenshots.sh
/// for the README.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    /// `datasetFolder`: tour on this dataset instead of the demo ("" for the demo).
    ScreenshotTour(MainWindow* window, QString outFolder, QString datasetFolder = {},
                   QObject* parent = nullptr);
    void start();

private:
    void grab(const QString& name);
    void afterDataset();
    void afterFirstRun();
    void afterTraining();
    void review();
    void predict();
    /// Where the tour's project lives while it runs.
    QString workFolder() const;

    MainWindow* m_window;
    QString m_outFolder;
    QString m_datasetFolder;
};

}  // namespace faicls::gui

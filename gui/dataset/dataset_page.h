#pragma once

#include "common/page.h"

#include "runner/engine_types.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

class QVBoxLayout;

namespace faicls::gui {

class EngineController;
class Session;
class ClassSamplesModel;
class ThumbnailModel;
class ImagePreview;

/// Pick a dataset (dialog or dropped folder), see its layout, report, charts, images and
/// problems. Scanning runs on the engine's task thread.
class DatasetPage : public Page {
    Q_OBJECT
public:
    DatasetPage(EngineController* engine, Session* session, QWidget* parent = nullptr);

    /// Starts scanning `folder`; the page fills in when the scan ends.
    void openFolder(const QString& folder);
    QString currentFolder() const;

Q_SIGNALS:
    /// A scan finished and the session holds the dataset now.
    void datasetOpened(const QString& folder);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPathRow(QVBoxLayout* layout);
    void buildOverviewTab();
    void buildImagesTab();
    void buildProblemsTab();
    void fillClassChart(const ScannedDataset& dataset);
    void fillLabelsChart(const DatasetReport& report);
    void fillCountTable(const ScannedDataset& dataset);
    void fillFacts(const ScannedDataset& dataset);
    void browse();
    void showDataset(const ScannedDataset& dataset);
    /// Everything written about the dataset (summary, charts, tables, filters), in the current
    /// language.
    void fillTexts(const ScannedDataset& dataset);
    void fillOverview(const ScannedDataset& dataset);
    void fillProblems(const DatasetIndex& index);
    void applyFilter();
    void showImage(const QModelIndex& index);

    QLineEdit* m_path = nullptr;
    QSpinBox* m_nearDistance = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QCustomPlot* m_classChart = nullptr;
    QCustomPlot* m_labelsChart = nullptr;
    QTableView* m_samples = nullptr;  ///< a few pictures per class (single-label)
    ClassSamplesModel* m_sampleModel = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_countTable = nullptr;
    QComboBox* m_splitFilter = nullptr;
    QComboBox* m_classFilter = nullptr;
    QComboBox* m_problemFilter = nullptr;
    QListView* m_grid = nullptr;
    ThumbnailModel* m_thumbnails = nullptr;
    ImagePreview* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QString m_scanning;
    QString m_filledRoot;
};

}  // namespace faicls::gui

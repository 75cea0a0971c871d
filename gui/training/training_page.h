#pragma once

#include <QElapsedTimer>
#include "common/page.h"

#include "faicls/run_summary.h"
#include "runner/engine_types.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

class QVBoxLayout;

namespace faicls::gui {

class EngineController;
class RunsTable;
class Session;
class TrainingCharts;

/// Start, pause, resume and stop a training; watch its progress, curves and log; continue an
/// interrupted run; reopen a run folder to see its curves again.
class TrainingPage : public Page {
    Q_OBJECT
public:
    TrainingPage(EngineController* engine, Session* session, QWidget* parent = nullptr);

    TrainingCharts* charts() const { return m_charts; }
    RunsTable* runsTable() const { return m_runs; }
    /// Shows, above the form, that `run` was interrupted, with a button that continues it.
    void offerToContinue(const RunSummary& run);
    /// The run offered for continuation and not yet continued or dismissed ("" for none).
    QString offeredRun() const { return m_offeredRun; }
    QString runFolder() const;
    void setRunFolder(const QString& folder);
    /// Loads a finished or interrupted run's metrics.jsonl into the charts; false if none.
    bool openRun(const QString& folder);

public Q_SLOTS:
    void start();
    void resumeRun();
    void togglePause();
    void stop();

Q_SIGNALS:
    /// A run ended with a best (or last) model.
    void modelTrained(const QString& bundlePath);

private:
    void buildOffer(QVBoxLayout* layout);
    void buildRunForm(QVBoxLayout* layout);
    void connectRuns();
    void hideInterruptedRunOffer();
    /// A new run folder named after the time and the network, in the project's runs/.
    QString nextRunFolder() const;
    void showDataset();
    void buildButtons(QVBoxLayout* layout);
    void updateButtons();
    /// The precision line: `inUse` from a running training, else what the setting means on
    /// the chosen device.
    void showPrecision(const QString& inUse = QString());
    void onProgress(const std::vector<TrainingProgress>& steps);
    void onEpoch(const EpochResult& result);
    void onFinished(const TrainingSummary& summary);
    void log(const QString& line);
    TrainingRequest baseRequest() const;

    QFrame* m_offer = nullptr;
    QLabel* m_offerText = nullptr;
    QString m_offeredRun;
    RunsTable* m_runs = nullptr;
    QLineEdit* m_runFolder = nullptr;
    QString m_autoRunFolder;  ///< the folder the app named; replaced once a run is in it
    QLabel* m_datasetLabel = nullptr;
    QComboBox* m_device = nullptr;
    QLabel* m_precision = nullptr;  ///< what the run computes in, or would on the chosen device
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_resume = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    TrainingCharts* m_charts = nullptr;
    QPlainTextEdit* m_log = nullptr;
    int64_t m_iterationsPerEpoch = 0;
};

}  // namespace faicls::gui

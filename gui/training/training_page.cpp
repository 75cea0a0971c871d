#include "training/training_page.h"

#include <ctime>
#include <filesystem>
#include <limits>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include "common/duration_text.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "config/weights_download_dialog.h"
#include "faicls/engine_error.h"
#include "faicls/model_bundle.h"
#include "faicls/precision.h"
#include "faicls/project.h"
#include "faicls/run_log.h"
#include "faicls/run_summary.h"
#include "faicls/training_checks.h"
#include "runner/engine_controller.h"
#include "training/runs_table.h"
#include "training/training_charts.h"

namespace faicls::gui {

TrainingPage::TrainingPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    Retranslator* texts = m_texts;
    auto* layout = new QVBoxLayout(this);
    buildOffer(layout);
    buildRunForm(layout);
    buildButtons(layout);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = texts->text(new QLabel(this), [] { return tr("Not training."); });
    m_status->setObjectName(QStringLiteral("trainingStatusLabel"));
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_charts = new TrainingCharts(splitter);
    auto* tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_runs = new RunsTable(m_session, tabs);
    m_log = new QPlainTextEdit(tabs);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    tabs->addTab(m_runs, QString());
    tabs->addTab(m_log, QString());
    texts->add([tabs] {
        tabs->setTabText(0, tr("Runs"));
        tabs->setTabText(1, tr("Log"));
    });
    splitter->addWidget(m_charts);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connectRuns();

    EngineWorker* worker = m_engine->trainingWorker();
    connect(worker, &EngineWorker::trainingProgress, this, &TrainingPage::onProgress);
    connect(worker, &EngineWorker::epochFinished, this, &TrainingPage::onEpoch);
    connect(worker, &EngineWorker::trainingMessage, this, &TrainingPage::log);
    connect(worker, &EngineWorker::trainingFinished, this, &TrainingPage::onFinished);
    connect(worker, &EngineWorker::trainingFailed, this, [this](const QString& message) {
        log(tr("Training could not run: %1").arg(message));
        m_status->setText(tr("Training could not run."));
        Q_EMIT errorOccurred(message);
    });
    connect(m_engine, &EngineController::trainingStateChanged, this, [this] {
        updateButtons();
        m_runs->refresh();
    });
    connect(worker, &EngineWorker::epochFinished, m_runs, &RunsTable::refresh);
    texts->add([this] { updateButtons(); });
}

void TrainingPage::connectRuns() {
    connect(m_runs, &RunsTable::errorOccurred, this, &TrainingPage::errorOccurred);
    connect(m_runs, &RunsTable::selectionChanged, this, [this](const QStringList& folders) {
        std::vector<std::pair<QString, RunLog>> compared;
        for (const QString& folder : folders) {
            if (folder == m_session->runFolder())
                continue;  // already drawn, in full colour
            try {
                compared.emplace_back(QDir(folder).dirName(), readRunLog(folder.toStdString()));
            } catch (const std::exception&) {
                // A run without a log yet has no curves to draw.
            }
        }
        m_charts->setComparedRuns(compared);
    });
    connect(m_runs, &RunsTable::openRequested, this, [this](const QString& folder) {
        m_runFolder->setText(folder);
        openRun(folder);
    });
    connect(m_runs, &RunsTable::continueRequested, this, [this](const QString& folder) {
        m_runFolder->setText(folder);
        resumeRun();
    });
    connect(m_runs, &RunsTable::runRenamed, this, [this](const QString& from, const QString& to) {
        if (m_runFolder->text() == from)
            m_runFolder->setText(to);
        if (m_session->runFolder() == from)
            m_session->setRunFolder(to);
        const QString model = m_session->modelBundle();
        if (model.startsWith(from + QLatin1Char('/')))
            m_session->setModelBundle(to + model.mid(from.size()));
    });
    // The app names the next run after the project and the network, until the user types one.
    auto renameNextRun = [this] {
        if (!m_engine->isTraining() && m_runFolder->text() == m_autoRunFolder) {
            m_autoRunFolder = nextRunFolder();
            m_runFolder->setText(m_autoRunFolder);
        }
    };
    connect(m_session, &Session::projectChanged, this, renameNextRun);
    connect(m_session, &Session::experimentChanged, this, renameNextRun);
}

QString TrainingPage::nextRunFolder() const {
    return QString::fromStdString(newRunFolder(m_session->workFolder().toStdString(),
                                               runLabel(m_session->experiment().model),
                                               std::time(nullptr)));
}

// A band that offers to continue an interrupted run (hidden until there is one).
void TrainingPage::buildOffer(QVBoxLayout* layout) {
    m_offer = new QFrame(this);
    m_offer->setObjectName(QStringLiteral("interruptedRunBanner"));
    m_offer->setFrameShape(QFrame::StyledPanel);
    m_offer->setStyleSheet(QStringLiteral(
        "QFrame#interruptedRunBanner { background: #fdf2d0; border: 1px solid #e0c060; "
        "border-radius: 4px; } QFrame#interruptedRunBanner QLabel { color: #4a3b00; }"));
    auto* row = new QHBoxLayout(m_offer);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    auto* resume = m_texts->text(new QPushButton(m_offer), [] { return tr("Continue it"); });
    resume->setObjectName(QStringLiteral("continueInterruptedButton"));
    auto* dismiss = m_texts->text(new QPushButton(m_offer), [] { return tr("Not now"); });
    dismiss->setObjectName(QStringLiteral("dismissInterruptedButton"));
    row->addWidget(m_offerText, 1);
    row->addWidget(resume);
    row->addWidget(dismiss);
    layout->addWidget(m_offer);
    m_offer->hide();
    connect(resume, &QPushButton::clicked, this, [this] {
        if (m_offeredRun.isEmpty() || m_engine->isTraining())
            return;
        m_runFolder->setText(m_offeredRun);
        resumeRun();
    });
    connect(dismiss, &QPushButton::clicked, this, &TrainingPage::hideInterruptedRunOffer);
}

// Where the run goes and on which device.
void TrainingPage::buildRunForm(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* form = new QFormLayout;
    m_datasetLabel = new QLabel(this);
    m_datasetLabel->setObjectName(QStringLiteral("trainingDatasetLabel"));
    m_datasetLabel->setWordWrap(true);
    m_datasetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->add([this] { showDataset(); });
    connect(m_session, &Session::datasetChanged, this, &TrainingPage::showDataset);
    form->addRow(texts->text(new QLabel(this), [] { return tr("Dataset:"); }), m_datasetLabel);
    auto* folderRow = new QHBoxLayout;
    m_autoRunFolder = nextRunFolder();
    m_runFolder = new QLineEdit(m_autoRunFolder, this);
    m_runFolder->setObjectName(QStringLiteral("runFolderEdit"));
    auto* browse = texts->text(new QPushButton(this), [] { return tr("Choose…"); });
    folderRow->addWidget(m_runFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(texts->text(new QLabel(this), [] { return tr("Run folder:"); }), folderRow);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(QString(), QStringLiteral("auto"));
    m_device->addItem(QString(), QStringLiteral("cpu"));
    m_device->addItem(QString(), QStringLiteral("cuda"));
    texts->add([this] {
        m_device->setItemText(0, tr("Automatic (%1)").arg(EngineController::deviceDescription()));
        m_device->setItemText(1, tr("CPU"));
        m_device->setItemText(2, tr("CUDA GPU"));
    });
    form->addRow(texts->text(new QLabel(this), [] { return tr("Device:"); }), m_device);
    m_precision = new QLabel(this);
    m_precision->setObjectName(QStringLiteral("precisionLabel"));
    m_precision->setToolTip(QCoreApplication::translate(
        "ConfigSchema",
        "What convolutions compute in: auto is bfloat16 on a CPU with native "
        "bfloat16, float16 on CUDA, else float32."));
    texts->add([this] { showPrecision(); });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] { showPrecision(); });
    connect(m_session, &Session::experimentChanged, this, [this] { showPrecision(); });
    form->addRow(texts->text(new QLabel(this), [] { return tr("Precision:"); }), m_precision);
    layout->addLayout(form);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Run folder"), m_runFolder->text());
        if (!folder.isEmpty())
            m_runFolder->setText(folder);
    });
}

void TrainingPage::buildButtons(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* buttons = new QHBoxLayout;
    m_start = texts->text(new QPushButton(this), [] { return tr("Start training"); });
    m_start->setObjectName(QStringLiteral("startTrainingButton"));
    m_pause = texts->text(new QPushButton(this), [] { return tr("Pause"); });
    m_pause->setObjectName(QStringLiteral("pauseTrainingButton"));
    m_stop = texts->text(new QPushButton(this), [] { return tr("Stop"); });
    m_stop->setObjectName(QStringLiteral("stopTrainingButton"));
    m_resume = texts->text(new QPushButton(this), [] { return tr("Continue a run…"); });
    m_resume->setObjectName(QStringLiteral("resumeRunButton"));
    auto* exportCharts = texts->text(new QPushButton(this), [] { return tr("Save charts…"); });
    exportCharts->setObjectName(QStringLiteral("exportChartsButton"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_resume);
    buttons->addWidget(exportCharts);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &TrainingPage::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainingPage::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stop);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Continue which run?"), m_runFolder->text());
        if (!folder.isEmpty()) {
            m_runFolder->setText(folder);
            resumeRun();
        }
    });
    connect(exportCharts, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the charts"), QStringLiteral("training.png"),
            tr("PNG image (*.png);;PDF document (*.pdf)"));
        if (!file.isEmpty() && !m_charts->exportTo(file))
            Q_EMIT errorOccurred(tr("%1 could not be written").arg(file));
    });
}

QString TrainingPage::runFolder() const {
    return m_runFolder->text();
}

void TrainingPage::setRunFolder(const QString& folder) {
    m_runFolder->setText(folder);
}

TrainingRequest TrainingPage::baseRequest() const {
    TrainingRequest request;
    request.runFolder = m_runFolder->text().toStdString();
    request.config = m_session->experiment();
    request.config.train.device = m_device->currentData().toString().toStdString();
    if (m_session->hasDataset())
        request.datasetRoot = m_session->dataset().index->root;
    return request;
}

void TrainingPage::start() {
    if (!m_session->hasDataset()) {
        Q_EMIT errorOccurred(tr("Open a dataset first (Dataset page)."));
        return;
    }
    if (!m_session->experimentIsValid()) {
        Q_EMIT errorOccurred(tr("The configuration has problems: see the Model page."));
        return;
    }
    // What would make the training pointless or fail is said before anything runs.
    const auto checks = checkDatasetForTraining(*m_session->dataset().index);
    if (const std::string blocking = blockingProblems(checks); !blocking.empty()) {
        Q_EMIT errorOccurred(
            tr("This dataset cannot be trained on yet:\n%1").arg(QString::fromStdString(blocking)));
        return;
    }
    // The app's own name is made now (the time, the network): never a previous run's folder.
    if (m_runFolder->text() == m_autoRunFolder) {
        m_autoRunFolder = nextRunFolder();
        m_runFolder->setText(m_autoRunFolder);
    }
    const auto weights = WeightsDownloadDialog::ensureAvailable(
        m_engine, m_session->experiment().model.backbone, this);
    if (!weights)
        return;
    if (*weights != QString::fromStdString(m_session->experiment().model.backbone.pretrained))
        m_session->choosePretrained(*weights);  // a file instead of the download
    m_charts->clear();
    m_log->clear();
    m_iterationsPerEpoch = 0;
    const TrainingRequest request = baseRequest();
    log(tr("Training on %1, run folder %2")
            .arg(QString::fromStdString(request.datasetRoot), m_runFolder->text()));
    for (const TrainingCheck& check : checks)
        log(tr("Warning: %1").arg(QString::fromStdString(check.message)));
    hideInterruptedRunOffer();
    m_session->setRunFolder(m_runFolder->text());
    m_engine->startTraining(request);
}

void TrainingPage::showDataset() {
    if (!m_session->hasDataset()) {
        m_datasetLabel->setText(tr("none open (Dataset page)"));
        return;
    }
    const DatasetIndex& index = *m_session->dataset().index;
    m_datasetLabel->setText(tr("%1 · %2 training, %3 validation images")
                                .arg(QString::fromStdString(index.root))
                                .arg(index.imagesOf(Split::Train).size())
                                .arg(index.imagesOf(Split::Valid).size()));
}

void TrainingPage::resumeRun() {
    TrainingRequest request = baseRequest();
    request.resume = true;
    // The run's own dataset, whatever is open now; the open one only when the run's has gone
    // (moved), and only with the run's classes.
    const auto run = summarizeRun(m_runFolder->text().toStdString());
    std::error_code error;  // the path's bytes as saved (a file name need not be UTF-8)
    if (!run || run->dataset.empty() || std::filesystem::exists(run->dataset, error)) {
        request.datasetRoot.clear();
    } else if (!request.datasetRoot.empty()) {
        std::vector<std::string> runClasses;
        try {
            runClasses =
                readBundleInfo(RunFolderFiles(m_runFolder->text().toStdString()).lastBundle)
                    .classNames;
        } catch (const std::exception&) {
            // No last model to compare with: the engine says what is wrong when it resumes.
        }
        if (!runClasses.empty() && runClasses != m_session->dataset().index->classNames) {
            Q_EMIT errorOccurred(
                tr("%1 was trained on %2, which is no longer there, and the open dataset has "
                   "other classes: open the run's dataset (moved?) to continue it.")
                    .arg(m_runFolder->text(), QString::fromStdString(run->dataset)));
            return;
        }
        log(tr("The run's dataset %1 is no longer there: continuing on the open one, %2.")
                .arg(QString::fromStdString(run->dataset),
                     QString::fromStdString(request.datasetRoot)));
    }
    openRun(m_runFolder->text());
    log(tr("Continuing %1").arg(m_runFolder->text()));
    hideInterruptedRunOffer();
    m_engine->startTraining(request);
}

void TrainingPage::offerToContinue(const RunSummary& run) {
    m_offeredRun = QString::fromStdString(run.folder);
    m_offerText->setText(tr("The run %1 stopped after epoch %2 of %3. Continue it where it "
                            "stopped?")
                             .arg(QString::fromStdString(run.name))
                             .arg(run.epochsDone)
                             .arg(run.epochsPlanned));
    m_offer->show();
}

void TrainingPage::hideInterruptedRunOffer() {
    m_offer->hide();
    m_offeredRun.clear();
}

void TrainingPage::togglePause() {
    if (m_engine->isPaused())
        m_engine->resumeTraining();
    else
        m_engine->pauseTraining();
}

void TrainingPage::stop() {
    m_engine->stopTraining();
    m_status->setText(tr("Stopping after the current batch…"));
}

void TrainingPage::updateButtons() {
    const bool training = m_engine->isTraining();
    m_start->setEnabled(!training);
    m_resume->setEnabled(!training);
    m_pause->setEnabled(training);
    m_stop->setEnabled(training);
    m_device->setEnabled(!training);
    if (!training)
        showPrecision();
    m_runFolder->setEnabled(!training);
    m_pause->setText(m_engine->isPaused() ? tr("Resume") : tr("Pause"));
    if (training && m_engine->isPaused())
        m_status->setText(tr("Paused."));
}

void TrainingPage::showPrecision(const QString& inUse) {
    if (!inUse.isEmpty()) {
        m_precision->setText(tr("%1 (in use)").arg(inUse));
        return;
    }
    if (m_engine->isTraining())
        return;  // the running training says what it uses
    const TrainConfig& train = m_session->experiment().train;
    const QString device = m_device->currentData().toString();
    const bool cuda = device == QLatin1String("cuda") ||
                      (device == QLatin1String("auto") &&
                       EngineController::deviceDescription().startsWith(QLatin1String("CUDA")));
    try {
        const PrecisionChoice choice =
            choosePrecision(train.precision, cuda, train.ampEnabled, cpuFeatures());
        m_precision->setText(train.precision == "auto"
                                 ? tr("%1 (automatic)").arg(precisionName(choice.precision))
                                 : QString::fromLatin1(precisionName(choice.precision)));
    } catch (const EngineError&) {
        m_precision->setText(QString::fromStdString(train.precision));  // the Model page says why
    }
}

void TrainingPage::onProgress(const std::vector<TrainingProgress>& steps) {
    if (steps.empty())
        return;
    const TrainingProgress& last = steps.back();
    if (!last.precision.empty())
        showPrecision(QString::fromStdString(last.precision));
    m_iterationsPerEpoch = last.iterationsPerEpoch;
    m_charts->addIterations(steps);
    const int64_t total = last.iterationsPerEpoch * last.epochs;
    m_progress->setRange(0, static_cast<int>(std::max<int64_t>(1, total)));
    m_progress->setValue(static_cast<int>(last.iteration));
    if (!m_engine->isPaused())
        m_status->setText(tr("Epoch %1 of %2 · loss %3 · %4 images/s · %5 left")
                              .arg(last.epoch)
                              .arg(last.epochs)
                              .arg(last.loss, 0, 'f', 4)
                              .arg(last.imagesPerSecond, 0, 'f', 0)
                              .arg(DurationText::of(last.etaSeconds)));
}

void TrainingPage::onEpoch(const EpochResult& result) {
    m_charts->addEpoch(result, m_iterationsPerEpoch);
    if (result.evaluated) {
        const EvaluationMetrics& m = result.metrics;
        log(tr("Epoch %1: training loss %2, validation loss %3, F1 %4, precision %5, recall %6%7%8")
                .arg(result.epoch)
                .arg(result.trainLoss, 0, 'f', 4)
                .arg(result.validLoss, 0, 'f', 4)
                .arg(m.f1, 0, 'f', 2)
                .arg(m.precision, 0, 'f', 2)
                .arg(m.recall, 0, 'f', 2)
                .arg(m.multiLabel ? QString() : tr(", accuracy %1").arg(m.accuracy, 0, 'f', 2))
                .arg(result.best ? tr(" — best so far, saved") : QString()));
    } else {
        log(tr("Epoch %1: training loss %2").arg(result.epoch).arg(result.trainLoss, 0, 'f', 4));
    }
}

void TrainingPage::onFinished(const TrainingSummary& summary) {
    QString text;
    if (!summary.failure.empty())
        text = tr("Stopped: %1").arg(QString::fromStdString(summary.failure));
    else if (summary.cancelled)
        text =
            tr("Stopped after %n epoch(s); the last checkpoint is kept and the run can be "
               "continued.",
               nullptr, summary.epochsRun);
    else if (summary.stoppedEarly)
        text = tr("Finished early (no better F1 for a while) after %n epoch(s). Best F1 %1.",
                  nullptr, summary.epochsRun)
                   .arg(summary.bestF1, 0, 'f', 2);
    else
        text = tr("Finished %n epoch(s). Best F1 %1.", nullptr, summary.epochsRun)
                   .arg(summary.bestF1, 0, 'f', 2);
    m_status->setText(text);
    log(text);
    const std::string model = !summary.bestBundle.empty() ? summary.bestBundle : summary.lastBundle;
    if (!model.empty() && QFile::exists(QString::fromStdString(model))) {
        m_session->setModelBundle(QString::fromStdString(model));
        Q_EMIT modelTrained(QString::fromStdString(model));
    }
}

void TrainingPage::log(const QString& line) {
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

bool TrainingPage::openRun(const QString& folder) {
    RunLog runLog;
    try {
        runLog = readRunLog(folder.toStdString());
    } catch (const std::exception&) {
        return false;  // not a run folder (yet)
    }
    m_charts->clear();
    m_iterationsPerEpoch = runLog.iterationsPerEpoch();
    // The charts take iterations up to each evaluation, then the evaluation, as during a run.
    size_t next = 0;
    std::vector<TrainingProgress> steps;
    auto stepsUpTo = [&](int epoch) {
        steps.clear();
        for (; next < runLog.iterations.size() && runLog.iterations[next].epoch <= epoch; ++next) {
            const LoggedIteration& logged = runLog.iterations[next];
            TrainingProgress p;
            p.epoch = logged.epoch;
            p.iteration = logged.iteration;
            p.loss = logged.loss;
            p.learningRate = logged.learningRate;
            p.imagesPerSecond = logged.imagesPerSecond;
            steps.push_back(p);
        }
        return steps;
    };
    for (const LoggedEvaluation& evaluation : runLog.evaluations) {
        m_charts->addIterations(stepsUpTo(evaluation.epoch));
        EpochResult result;
        result.epoch = evaluation.epoch;
        result.trainLoss = evaluation.trainLoss;
        result.validLoss = evaluation.validLoss;
        result.evaluated = true;
        result.metrics = evaluation.metrics;
        m_charts->addEpoch(result, m_iterationsPerEpoch);
    }
    m_charts->addIterations(stepsUpTo(std::numeric_limits<int>::max()));
    m_session->setRunFolder(folder);
    const QString best = QString::fromStdString(RunFolderFiles(folder.toStdString()).bestBundle);
    if (QFile::exists(best))
        m_session->setModelBundle(best);
    return true;
}

}  // namespace faicls::gui

// The whole application as a user drives it, offscreen, each test on a window of its own: the
// demo through the Start and Dataset pages, the config form against the engine's JSON, a
// two-epoch training that fills the charts (while the event loop never stalls for 100 ms),
// pause/resume/stop, dropping pictures on the Prediction page, evaluation, export, and closing
// during a training. The demo datasets and a trained model are made once, by the engine.

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/main_window.h"
#include "app/project_controller.h"
#include "common/custom_plot.h"
#include "common/image_viewer.h"
#include "common/page.h"
#include "common/session.h"
#include "config/config_form.h"
#include "config/model_page.h"
#include "dataset/dataset_page.h"
#include "dataset/image_preview.h"
#include "dataset/thumbnail_model.h"
#include "evaluation/evaluation_page.h"
#include "export/export_page.h"
#include "faicls/config_json.h"
#include "faicls/cpu_features.h"
#include "faicls/demo_datasets.h"
#include "faicls/model_bundle.h"
#include "faicls/project.h"
#include "faicls/trainer.h"
#include "prediction/prediction_page.h"
#include "runner/engine_controller.h"
#include "tiny_experiment.h"
#include "training/runs_table.h"
#include "training/training_charts.h"
#include "training/training_page.h"

using namespace faicls;
using namespace faicls::gui;

namespace {

// Measures the longest gap between two turns of the event loop while it runs.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestMs = std::max(m_longestMs, now - m_lastMs);
            m_lastMs = now;
        });
    }
    void start() {
        m_clock.start();
        m_lastMs = 0;
        m_longestMs = 0;
        m_timer.start();
    }
    qint64 stop() {
        m_timer.stop();
        return m_longestMs;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_longestMs = 0;
};

}  // namespace

class TestGuiWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_datasetFolder;
    QString m_mosaicsFolder;
    QString m_model;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // QSignalSpy records the worker's signal on the worker thread, before the GUI thread has
    // run the queued slots (charts, buttons, session): wait for the controller to see the end,
    // then deliver what is still queued.
    void waitForTrainingEnd(const QSignalSpy& finished, int timeoutMs) {
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !m_window->engine()->isTraining(),
                                 timeoutMs);
        QCoreApplication::sendPostedEvents();
    }

    void configureTiny(int epochs) {
        ModelPage* page = m_window->modelPage();
        page->modelForm()->setJson(tinyModel());
        page->trainForm()->setJson(tinyTrain(epochs));
        QVERIFY(page->isValid());
    }

    void openDataset(const QString& folder) {
        QSignalSpy opened(m_window->datasetPage(), &DatasetPage::datasetOpened);
        m_window->datasetPage()->openFolder(folder);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const DemoDatasets demo = buildDemoDatasets(path("demo").toStdString());
        m_datasetFolder = QString::fromStdString(demo.classificationFolder);
        m_mosaicsFolder = QString::fromStdString(demo.roboflowCoco);
        // The model the prediction, evaluation and export tests use, trained by the engine.
        ExperimentConfig config;
        config.model = readModelConfig(tinyModel()).config;
        config.train = readTrainConfig(tinyTrain(1)).config;
        const TrainingSummary trained =
            Trainer(TrainingRequest{
                        demo.classificationFolder, {}, config, path("fixture-run").toStdString()})
                .run();
        QVERIFY2(trained.completed, trained.failure.c_str());
        m_model = QString::fromStdString(trained.bestBundle);
    }

    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->setDemoFolder(path("demo"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void demoOpensThroughTheDatasetPage() {
        auto* demo = m_window->findChild<QCommandLinkButton*>("tryDemoButton");
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->hasDataset(), 60000);
        QCOMPARE(m_window->currentPage(), MainWindow::Dataset);
        const DatasetIndex& index = *m_window->session()->dataset().index;
        QCOMPARE(QString::fromStdString(index.root), QDir(m_datasetFolder).absolutePath());
        QCOMPARE(index.classNames.size(), size_t(10));
        auto* summary = m_window->findChild<QLabel*>("datasetSummaryLabel");
        QVERIFY2(summary->text().contains("10 class"), qPrintable(summary->text()));
        auto* chart = m_window->findChild<QCustomPlot*>("classChart");
        QCOMPARE(chart->plottableCount(), 3);  // train, valid, test bars
        auto* bars = qobject_cast<QCPBars*>(chart->plottable(0));
        QCOMPARE(bars->data()->size(), 10);
        auto* grid = m_window->findChild<QListView*>("thumbnailGrid");
        QCOMPARE(grid->model()->rowCount(), static_cast<int>(index.images.size()));
        auto* counts = m_window->findChild<QTableWidget*>("classCountTable");
        QCOMPARE(counts->rowCount(), 10);
        // A thumbnail double-clicked opens in the app's viewer, large.
        Q_EMIT grid->doubleClicked(grid->model()->index(5, 0));
        auto* viewer = m_window->datasetPage()->findChild<ImageViewer*>("imageViewer");
        QVERIFY(viewer && viewer->showsPicture());
        QCOMPARE(viewer->path(),
                 grid->model()->index(5, 0).data(ThumbnailModel::PathRole).toString());
        viewer->close();
        // Single-label: a few pictures of each class, captioned, instead of labels per image.
        auto* samples = m_window->findChild<QTableView*>("classSamplesGrid");
        QVERIFY(!samples->isHidden());
        QVERIFY(m_window->findChild<QWidget*>("labelsPerImageChart")->isHidden());
        QCOMPARE(samples->model()->rowCount(), 10);  // a row per class
        QCOMPARE(samples->model()->columnCount(), 8);
        QCOMPARE(samples->model()->headerData(9, Qt::Vertical).toString(),
                 QString::fromStdString(index.classNames[9]));
        const QString sample =
            samples->model()->index(9, 7).data(ThumbnailModel::PathRole).toString();
        QVERIFY2(sample.contains("/train/" + QString::fromStdString(index.classNames[9]) + "/"),
                 qPrintable(sample));

        // The same through the path field and the Scan button, here on the multi-label
        // mosaics, then back.
        auto* edit = m_window->findChild<QLineEdit*>("datasetPathEdit");
        edit->setText(m_mosaicsFolder);
        QSignalSpy opened(m_window->datasetPage(), &DatasetPage::datasetOpened);
        QTest::mouseClick(m_window->findChild<QPushButton*>("scanDatasetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY(m_window->session()->dataset().index->multiLabel);
        QVERIFY(
            m_window->findChild<QLabel*>("datasetSummaryLabel")->text().contains("multi-label"));
        m_window->datasetPage()->openFolder(m_datasetFolder);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 30000);

        // A folder that is not a dataset: a message, no crash, the dataset stays.
        m_window->datasetPage()->openFolder(path("demo/nothing-here"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->findChild<QLabel*>("datasetSummaryLabel")->text().contains("Could not"),
            30000);
        QVERIFY(m_window->session()->hasDataset());
    }

    void realDatasetProblemsFilterTheGrid() {
        QSignalSpy opened(m_window->datasetPage(), &DatasetPage::datasetOpened);
        m_window->datasetPage()->openFolder(QStringLiteral(FAICLS_SHARED_DATA) +
                                            "/roboflow-facemask");
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        auto* problems = m_window->findChild<QTableWidget*>("problemsTable");
        QVERIFY(problems->rowCount() > 0);
        auto* filter = m_window->findChild<QComboBox*>("problemFilter");
        const int duplicates = filter->findText("duplicate image");
        QVERIFY(duplicates > 0);
        // People read names, not the engine's identifiers.
        const QString summary = m_window->findChild<QLabel*>("datasetSummaryLabel")->text();
        QVERIFY2(summary.contains("Roboflow COCO export") && !summary.contains("ROBOFLOW_COCO"),
                 qPrintable(summary));
        for (int row = 0; row < problems->rowCount(); ++row)
            QVERIFY2(!problems->item(row, 1)->text().contains('_'),
                     qPrintable(problems->item(row, 1)->text()));
        // The overview has the report's figures: sizes, balance, copies.
        const QString facts = m_window->findChild<QLabel*>("datasetFactsLabel")->text();
        QVERIFY2(facts.contains("Image sizes:") && facts.contains(" px") &&
                     facts.contains("Balance:") && facts.contains("identical files"),
                 qPrintable(facts));
        // Near-duplicates: counted, filterable; the distance set to "off" rescans without them.
        QVERIFY2(facts.contains("Near-duplicates:</b> 7 group"), qPrintable(facts));
        QVERIFY(filter->findText("near-duplicate") > 0);
        auto* distance = m_window->findChild<QSpinBox*>("nearDuplicateDistanceSpin");
        QSignalSpy rescanned(m_window->datasetPage(), &DatasetPage::datasetOpened);
        distance->setValue(-1);
        QTRY_COMPARE_WITH_TIMEOUT(rescanned.count(), 1, 60000);
        QVERIFY(m_window->session()->dataset().index->nearDuplicates.empty());
        QVERIFY(!m_window->findChild<QLabel*>("datasetFactsLabel")->text().contains("Near-dup"));
        distance->setValue(3);
        QTRY_COMPARE_WITH_TIMEOUT(rescanned.count(), 2, 60000);
        QCOMPARE(m_window->session()->dataset().index->nearDuplicates.size(), size_t{7});
        // Multi-label: labels per image, not sample pictures.
        QVERIFY(!m_window->findChild<QWidget*>("labelsPerImageChart")->isHidden());
        QVERIFY(m_window->findChild<QWidget*>("classSamplesGrid")->isHidden());
        auto* grid = m_window->findChild<QListView*>("thumbnailGrid");
        const int all = grid->model()->rowCount();
        filter->setCurrentIndex(duplicates);
        const int shown = grid->model()->rowCount();
        QVERIFY2(shown > 0 && shown < all, qPrintable(QString("%1 of %2").arg(shown).arg(all)));
        filter->setCurrentIndex(0);
        QCOMPARE(grid->model()->rowCount(), all);
    }

    void configFormRoundTripsTheEngineJson() {
        ModelPage* page = m_window->modelPage();
        ExperimentConfig experiment;
        experiment.model.backbone.modelType = "resnet";
        experiment.model.backbone.depth = 50;
        experiment.model.resolution = {192, 256};
        experiment.model.hiddenDim = 256;
        experiment.model.useFocalLoss = true;
        experiment.model.pixelMean = {100, 110, 120};
        experiment.train.epochs = 7;
        experiment.train.learningRate = 0.00025;
        experiment.train.optimizer = "sgd";
        experiment.train.augmentation.horizontalFlip = 0.25;
        page->setExperiment(experiment);
        QVERIFY2(page->isValid(),
                 qPrintable(page->findChild<QLabel*>("configStatusLabel")->text() + " " +
                            QString::fromStdString(page->modelForm()->toJson().dump() +
                                                   page->trainForm()->toJson().dump())));
        const ExperimentConfig back = page->experiment();
        QCOMPARE(QString::fromStdString(toJson(back).dump()),
                 QString::fromStdString(toJson(experiment).dump()));
        // Saved and loaded through a file.
        QVERIFY(page->saveFile(path("experiment.json")));
        page->setExperiment(ExperimentConfig{});
        QVERIFY(page->loadFile(path("experiment.json")));
        QCOMPARE(QString::fromStdString(toJson(page->experiment()).dump()),
                 QString::fromStdString(toJson(experiment).dump()));
        // A value the engine refuses is shown next to its field.
        nlohmann::json model = page->modelForm()->toJson();
        model["features"] = "res9";  // the form shows it; the engine refuses it
        page->modelForm()->setJson(model);
        QVERIFY(!page->isValid());
        auto* issue = page->modelForm()->findChild<QLabel*>("issue:features");
        QVERIFY(issue && !issue->isHidden() && !issue->text().isEmpty());
        page->setExperiment(ExperimentConfig{});
        QVERIFY(page->isValid());
    }

    void trainingFillsTheChartsWithoutStallingTheGui() {
        openDataset(m_datasetFolder);
        configureTiny(2);
        TrainingPage* page = m_window->trainingPage();
        page->setRunFolder(path("run"));
        QSignalSpy finished(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished);
        QSignalSpy epochs(m_window->engine()->trainingWorker(), &EngineWorker::epochFinished);
        // Beside the device: what the setting means here, then what the run uses.
        auto* precision = page->findChild<QLabel*>("precisionLabel");
        QTRY_COMPARE(precision->text(), QString("float32"));  // tinyTrain pins it
        QSet<QString> precisionTexts;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] { precisionTexts.insert(precision->text()); });
        watch.start(5);
        StallMeter meter;
        meter.start();
        QTest::mouseClick(m_window->findChild<QPushButton*>("startTrainingButton"), Qt::LeftButton);
        QVERIFY(m_window->engine()->isTraining());
        waitForTrainingEnd(finished, 180000);
        const qint64 stallMs = meter.stop();
        watch.stop();
        QVERIFY2(precisionTexts.contains("float32 (in use)"),
                 qPrintable(QStringList(precisionTexts.values()).join(", ")));
        QCOMPARE(precision->text(), QString("float32"));  // idle again
        qInfo("longest event-loop stall during training: %lld ms", static_cast<long long>(stallMs));
        QVERIFY2(stallMs < 100, qPrintable(QString("stalled %1 ms").arg(stallMs)));
        const auto summary = finished.at(0).at(0).value<TrainingSummary>();
        QVERIFY(summary.completed);
        QCOMPARE(epochs.count(), 2);
        // Every iteration reached the loss chart; both evaluations the metrics chart.
        const int perEpoch = 1000 / 32;  // 100 train images per class, batch 32, last dropped
        QCOMPARE(page->charts()->iterationPoints(), 2 * perEpoch);
        QCOMPARE(page->charts()->epochPoints(), 2);
        QCOMPARE(page->charts()->learningRatePlot()->graph(0)->dataCount(), 2 * perEpoch);
        const QString best = QString::fromStdString(summary.bestBundle);
        QVERIFY(QFile::exists(best));
        QCOMPARE(m_window->session()->modelBundle(), best);
        nlohmann::json automatic = tinyTrain(2);
        automatic["precision"] = "auto";
        m_window->modelPage()->trainForm()->setJson(automatic);
        QTRY_VERIFY(precision->text().endsWith("(automatic)"));
        QVERIFY(precision->text().startsWith(cpuFeatures().nativeBf16() ? "bfloat16" : "float32"));
        QVERIFY(page->charts()->exportTo(path("charts.png")));
        QVERIFY(QImage(path("charts.png")).width() > 0);
        // The legends sit beside the plotted area, never over the newest points.
        for (const char* name : {"lossPlot", "metricsPlot"}) {
            auto* plot = page->findChild<QCustomPlot*>(name);
            QVERIFY(plot->legend->visible());
            QVERIFY2(!plot->axisRect()->rect().intersects(plot->legend->outerRect()), name);
        }

        // The run folder reopened restores the curves.
        page->charts()->clear();
        QVERIFY(page->openRun(path("run")));
        QCOMPARE(page->charts()->iterationPoints(), 2 * perEpoch);
        QCOMPARE(page->charts()->epochPoints(), 2);
    }

    void trainingPausesResumesAndStops() {
        openDataset(m_datasetFolder);
        configureTiny(30);
        TrainingPage* page = m_window->trainingPage();
        page->setRunFolder(path("long-run"));
        EngineWorker* worker = m_window->engine()->trainingWorker();
        QSignalSpy progress(worker, &EngineWorker::trainingProgress);
        QSignalSpy finished(worker, &EngineWorker::trainingFinished);
        QTest::mouseClick(m_window->findChild<QPushButton*>("startTrainingButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        auto* pause = m_window->findChild<QPushButton*>("pauseTrainingButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(m_window->engine()->isPaused());
        QCOMPARE(pause->text(), QString("Resume"));
        QTest::qWait(300);  // a batch in flight may still report
        const int whilePaused = progress.count();
        QTest::qWait(700);
        QCOMPARE(progress.count(), whilePaused);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!m_window->engine()->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > whilePaused, 30000);
        QTest::mouseClick(m_window->findChild<QPushButton*>("stopTrainingButton"), Qt::LeftButton);
        waitForTrainingEnd(finished, 60000);
        QVERIFY(finished.at(0).at(0).value<TrainingSummary>().cancelled);
        QVERIFY(!m_window->engine()->isTraining());
        QVERIFY(m_window->findChild<QPushButton*>("startTrainingButton")->isEnabled());
    }

    void droppedPicturesAreAnnotated() {
        PredictionPage* page = m_window->predictionPage();
        m_window->showPage(MainWindow::Prediction);
        page->setModel(m_model);
        QList<QUrl> urls;
        const QDir coats(m_datasetFolder + "/test/coat");
        for (const QString& name : coats.entryList(QDir::Files).mid(0, 3))
            urls << QUrl::fromLocalFile(coats.filePath(name));
        QFile broken(path("broken.png"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a png");
        broken.close();
        urls << QUrl::fromLocalFile(path("broken.png"));
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy shown(page, &PredictionPage::predictionsShown);
        QApplication::sendEvent(page, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
        auto* results = page->findChild<QListWidget*>("predictionResults");
        QCOMPARE(results->count(), 4);
        QCOMPARE(page->outcomes().size(), size_t(4));
        QVERIFY(!page->outcomes()[3].prediction.has_value());
        auto* view = page->findChild<QLabel*>("annotatedView");
        QVERIFY(!view->pixmap().isNull());
        QCOMPARE(page->findChild<QCustomPlot*>("scoreChart")->plottableCount(), 2);
        // The unreadable file shows no scores: not the previous picture's.
        results->setCurrentRow(3);
        QCOMPARE(page->findChild<QCustomPlot*>("scoreChart")->plottableCount(), 0);
        results->setCurrentRow(0);
        // Where the model looked: the heat map comes from the task thread and is drawn over
        // the picture; unticked, the picture is plain again.
        const QImage before = view->pixmap().toImage();
        auto* explain = page->findChild<QCheckBox*>("explainCheck");
        explain->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(view->pixmap().toImage() != before, 60000);
        explain->setChecked(false);
        const QImage plain = view->pixmap().toImage();
        explain->setChecked(true);  // the map is kept: drawn at once
        QVERIFY(view->pixmap().toImage() != plain);
        QCOMPARE(view->pixmap().size(), plain.size());
        explain->setChecked(false);
        QCOMPARE(view->pixmap().toImage(), plain);
        // Top-k applies at once, without predicting again.
        page->findChild<QSpinBox*>("topKSpin")->setValue(3);
        QCOMPARE(page->outcomes()[0].prediction->labels.size(), size_t(3));
        QVERIFY(page->saveCsv(path("predictions.csv")));
        QFile csv(path("predictions.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 5);

        // More pictures are added to the list; Clear empties it.
        QMimeData more;
        more.setUrls(urls.mid(0, 2));
        QDragEnterEvent enterAgain(QPoint(20, 20), Qt::CopyAction, &more, Qt::LeftButton,
                                   Qt::NoModifier);
        QApplication::sendEvent(page, &enterAgain);
        QDropEvent again(QPointF(20, 20), Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &again);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 60000);
        QCOMPARE(results->count(), 6);
        QCOMPARE(results->currentRow(), 4);  // the first new one
        QTest::mouseClick(page->findChild<QPushButton*>("clearPredictionsButton"), Qt::LeftButton);
        QCOMPARE(results->count(), 0);
        QVERIFY(page->outcomes().empty());
        // Paste with nothing on the clipboard says so.
        QApplication::clipboard()->clear();
        QSignalSpy said(page, &Page::statusMessage);
        page->pasteImage();
        QCOMPARE(said.count(), 1);
    }

    void evaluationAndExport() {
        openDataset(m_datasetFolder);
        EvaluationPage* evaluation = m_window->evaluationPage();
        evaluation->setModel(m_model);
        QSignalSpy evaluated(evaluation, &EvaluationPage::evaluated);
        evaluation->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        QCOMPARE(evaluation->findChild<QTableWidget*>("classMetricsTable")->rowCount(), 10);
        auto* confusion = evaluation->findChild<QCustomPlot*>("confusionPlot");
        QCOMPARE(confusion->plottableCount(), 1);
        QCOMPARE(confusion->itemCount(), 10 * 10);  // a count in every cell
        QVERIFY(evaluation->findChild<QLabel*>("evaluationSummaryLabel")
                    ->text()
                    .contains("weakest class"));
        // The gallery holds the wrong answers: as many as the accuracy leaves, at most 60.
        const auto& details = evaluation->details();
        const int wrong = static_cast<int>(
            std::lround(details.images.size() * (100.0 - details.metrics.accuracy) / 100.0));
        QCOMPARE(evaluation->findChild<QListWidget*>("mistakesGallery")->count(),
                 std::min(wrong, 60));
        QVERIFY(!evaluation->findChild<QSlider*>("thresholdSlider")->isVisibleTo(evaluation));
        // A mistake opens in the app's own viewer.
        auto* gallery = evaluation->findChild<QListWidget*>("mistakesGallery");
        QVERIFY(gallery->count() > 0);
        Q_EMIT gallery->itemActivated(gallery->item(0));
        auto* viewer = evaluation->findChild<ImageViewer*>("imageViewer");
        QVERIFY(viewer && viewer->showsPicture());
        QCOMPARE(viewer->path(), gallery->item(0)->data(Qt::UserRole).toString());
        viewer->close();

        ExportPage* exporter = m_window->exportPage();
        exporter->setModel(m_model);
        exporter->findChild<QLineEdit*>("exportDestinationEdit")->setText(path("model.onnx"));
        QSignalSpy exported(exporter, &ExportPage::exported);
        QTest::mouseClick(exporter->findChild<QPushButton*>("exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        QVERIFY(exported.at(0).at(0).toBool());
        QVERIFY(exporter->findChild<QLabel*>("exportResultLabel")->text().contains("verified"));
        QVERIFY(QFile::exists(path("model.onnx")));

        // The int8 variant: measured and shown first, added to the model only on Keep.
        QVERIFY(!readBundleInfo(m_model.toStdString()).hasInt8Variant());
        QSignalSpy measured(exporter, &ExportPage::int8Measured);
        QSignalSpy kept(exporter, &ExportPage::int8Kept);
        auto* keep = exporter->findChild<QPushButton*>("int8KeepButton");
        QVERIFY(!keep->isEnabled());
        QTest::mouseClick(exporter->findChild<QPushButton*>("int8MakeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 1, 60000);
        auto* int8Result = exporter->findChild<QLabel*>("int8ResultLabel");
        QVERIFY2(int8Result->text().contains("int8 variant measured") &&
                     int8Result->text().contains("the same top class as float32"),
                 qPrintable(int8Result->text()));
        QVERIFY(!readBundleInfo(m_model.toStdString()).hasInt8Variant());
        QVERIFY(keep->isEnabled());
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 60000);
        QVERIFY(readBundleInfo(m_model.toStdString()).hasInt8Variant());
        QVERIFY2(int8Result->text().contains("This model has an int8 variant"),
                 qPrintable(int8Result->text()));
        QVERIFY(!keep->isEnabled());
        // The Evaluation page measures it as prediction computes it.
        auto* precision = evaluation->findChild<QComboBox*>("evaluationPrecisionCombo");
        precision->setCurrentIndex(precision->findData(QStringLiteral("int8")));
        evaluation->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 2, 60000);
        QCOMPARE(evaluation->details().precision, std::string("int8"));
        QVERIFY(evaluation->findChild<QLabel*>("evaluationSummaryLabel")
                    ->text()
                    .contains("Computed in int8"));
        precision->setCurrentIndex(0);
    }

    // What belongs to a dataset or a model goes when another one is opened; a model that
    // does not open changes nothing and is not remembered; one model for every page.
    void staleResultsGoWhenTheirSubjectChanges() {
        openDataset(m_datasetFolder);
        auto* grid = m_window->findChild<QListView*>("thumbnailGrid");
        auto* preview = m_window->findChild<ImagePreview*>("imagePreview");
        grid->setCurrentIndex(grid->model()->index(0, 0));
        QVERIFY(!preview->isEmpty());
        openDataset(m_mosaicsFolder);
        QVERIFY(preview->isEmpty());
        openDataset(m_datasetFolder);

        m_window->openModel(m_model);
        EvaluationPage* evaluation = m_window->evaluationPage();
        QCOMPARE(m_window->predictionPage()->model(), m_model);
        QSignalSpy evaluated(evaluation, &EvaluationPage::evaluated);
        evaluation->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        auto* table = evaluation->findChild<QTableWidget*>("classMetricsTable");
        QCOMPARE(table->rowCount(), 10);

        QFile broken(path("broken.faicls"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a bundle");
        broken.close();
        m_window->openModel(path("broken.faicls"));
        QCOMPARE(m_window->session()->modelBundle(), m_model);
        QCOMPARE(m_window->predictionPage()->model(), m_model);
        QCOMPARE(table->rowCount(), 10);  // still the current model's results
        QVERIFY(!QSettings().value("recent/models").toStringList().contains(path("broken.faicls")));

        // Another model, chosen on the Evaluation page: every page follows, old results go.
        QVERIFY(QFile::copy(m_model, path("other.faicls")));
        auto* picker = evaluation->findChild<QLineEdit*>("evaluationModelEdit");
        QVERIFY(picker);
        picker->setText(path("other.faicls"));
        Q_EMIT picker->editingFinished();
        QCOMPARE(m_window->session()->modelBundle(), path("other.faicls"));
        QCOMPARE(m_window->predictionPage()->model(), path("other.faicls"));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(evaluation->details().images.empty());
        QVERIFY(QSettings().value("recent/models").toStringList().contains(path("other.faicls")));
    }

    // A dataset that cannot be trained on is refused before anything runs, with the reason;
    // the page says which dataset it trains.
    void aDatasetThatCannotTrainIsRefusedBeforeStarting() {
        const QDir coats(m_datasetFolder + "/train/coat");
        QDir().mkpath(path("one-class/train/coat"));
        QDir().mkpath(path("one-class/valid/coat"));
        const QStringList names = coats.entryList(QDir::Files).mid(0, 6);
        for (int i = 0; i < names.size(); ++i)
            QVERIFY(QFile::copy(
                coats.filePath(names[i]),
                path(QString(i < 4 ? "one-class/train/coat/%1" : "one-class/valid/coat/%1")
                         .arg(names[i]))));
        openDataset(path("one-class"));
        configureTiny(1);
        QVERIFY(m_window->findChild<QLabel*>("trainingDatasetLabel")->text().contains("one-class"));
        QSignalSpy refused(m_window->trainingPage(), &Page::errorOccurred);
        m_window->trainingPage()->start();
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains("at least two"),
                 qPrintable(refused.at(0).at(0).toString()));
        QVERIFY(!m_window->engine()->isTraining());
    }

    // Starting again does not replace the run just finished: the app names a new folder.
    void aSecondStartTakesANewRunFolder() {
        openDataset(m_datasetFolder);
        configureTiny(1);
        auto* folder = m_window->findChild<QLineEdit*>("runFolderEdit");
        QSignalSpy finished(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished);
        m_window->trainingPage()->start();
        waitForTrainingEnd(finished, 120000);
        const QString first = folder->text();
        QVERIFY(QFile::exists(first + "/last.faicls"));
        m_window->trainingPage()->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !m_window->engine()->isTraining(),
                                 120000);
        QVERIFY(folder->text() != first);
        QVERIFY(QFile::exists(folder->text() + "/last.faicls"));
        QVERIFY(QFile::exists(first + "/last.faicls"));
    }

    // A project keeps the work: saved, closed, reopened with its dataset, settings, model and
    // runs; the interrupted run is offered and continues; two runs are drawn together.
    void aProjectIsSavedClosedAndReopened() {
        openDataset(m_datasetFolder);
        configureTiny(1);
        const QString project = path("project-a");
        QVERIFY(m_window->projects()->create(project));
        QVERIFY(QFile::exists(project + "/project.json"));
        TrainingPage* page = m_window->trainingPage();
        auto* folder = m_window->findChild<QLineEdit*>("runFolderEdit");
        QVERIFY2(folder->text().startsWith(project + "/runs/"), qPrintable(folder->text()));
        QVERIFY2(folder->text().endsWith("-stdc-nano"), qPrintable(folder->text()));
        EngineWorker* worker = m_window->engine()->trainingWorker();
        QSignalSpy finished(worker, &EngineWorker::trainingFinished);
        page->start();
        waitForTrainingEnd(finished, 120000);
        const QString finishedRun = folder->text();

        // A second run, stopped after its first epoch of three: interrupted.
        configureTiny(3);
        QSignalSpy epochs(worker, &EngineWorker::epochFinished);
        page->start();
        const QString interrupted = folder->text();
        QVERIFY(interrupted != finishedRun);
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() == 1, 120000);
        page->stop();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !m_window->engine()->isTraining(), 60000);
        QCoreApplication::sendPostedEvents();
        const QString model = m_window->session()->modelBundle();
        QVERIFY2(model.startsWith(interrupted + "/"), qPrintable(model));

        // Both runs in the table; selected together, the other run's curves are drawn over
        // the current one's (two graphs a run), and with no current run, both are.
        RunsTable* runs = page->runsTable();
        QCOMPARE(runs->table()->rowCount(), 2);
        QCOMPARE(runs->runs()[0].status, RunStatus::Interrupted);
        QCOMPARE(runs->runs()[1].status, RunStatus::Finished);
        const int ownLossGraphs = page->charts()->lossPlot()->graphCount();
        runs->selectRuns({finishedRun, interrupted});
        QCOMPARE(page->charts()->comparedGraphCount(), 2);
        QCOMPARE(page->charts()->lossPlot()->graphCount(), ownLossGraphs + 1);
        m_window->session()->setRunFolder(QString());
        runs->selectRuns({finishedRun, interrupted});
        QCOMPARE(page->charts()->comparedGraphCount(), 4);
        QCOMPARE(page->charts()
                     ->metricsPlot()
                     ->graph(page->charts()->metricsPlot()->graphCount() - 1)
                     ->dataCount(),
                 1);  // the interrupted run: one evaluation
        runs->selectRuns({});
        QCOMPARE(page->charts()->comparedGraphCount(), 0);
        // Renamed: the folder moves, the table follows.
        QVERIFY(runs->renameRun(finishedRun, "baseline"));
        QVERIFY(QFileInfo(project + "/runs/baseline/last.faicls").exists());
        QVERIFY(!runs->renameRun(project + "/runs/baseline", interrupted.section('/', -1)));

        m_window->close();
        QVERIFY(!m_window->isVisible());
        m_window = std::make_unique<MainWindow>();
        m_window->setInteractive(false);
        m_window->show();
        QSignalSpy opened(m_window->datasetPage(), &DatasetPage::datasetOpened);
        m_window->reopenLastWork();
        QCOMPARE(m_window->session()->projectFolder(), project);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QCOMPARE(QDir(m_window->datasetPage()->currentFolder()).canonicalPath(),
                 QDir(m_datasetFolder).canonicalPath());
        QCOMPARE(m_window->modelPage()->experiment().train.epochs, 3);
        QCOMPARE(m_window->session()->modelBundle(), model);
        QVERIFY(m_window->windowTitle().startsWith("project-a"));
        page = m_window->trainingPage();
        QCOMPARE(page->offeredRun(), interrupted);
        QCOMPARE(m_window->currentPage(), MainWindow::Training);
        QVERIFY(m_window->findChild<QFrame*>("interruptedRunBanner")->isVisible());
        QCOMPARE(page->runsTable()->table()->rowCount(), 2);
        // Continued from the offer: it runs to its end, in its own folder.
        QSignalSpy resumed(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished);
        QTest::mouseClick(m_window->findChild<QPushButton*>("continueInterruptedButton"),
                          Qt::LeftButton);
        QVERIFY(m_window->engine()->isTraining());
        QVERIFY(!m_window->findChild<QFrame*>("interruptedRunBanner")->isVisible());
        waitForTrainingEnd(resumed, 180000);
        QVERIFY(resumed.at(0).at(0).value<TrainingSummary>().completed);
        QCOMPARE(summarizeRun(interrupted.toStdString())->status, RunStatus::Finished);
        QVERIFY(!interruptedRun(project.toStdString()));
        m_window->projects()->close();
        QVERIFY(!m_window->session()->hasProject());
    }

    // A stopped run whose dataset has moved continues on the open dataset when it has the
    // run's classes, and is refused with the reason when it has others.
    void aRunWhoseDatasetMovedContinuesOnTheOpenOne() {
        const QString copy = path("moving-data");
        QVERIFY(QProcess::execute("cp", {"-r", m_datasetFolder, copy}) == 0);
        openDataset(copy);
        configureTiny(3);
        TrainingPage* page = m_window->trainingPage();
        page->setRunFolder(path("moved-run"));
        EngineWorker* worker = m_window->engine()->trainingWorker();
        QSignalSpy finished(worker, &EngineWorker::trainingFinished);
        QSignalSpy epochs(worker, &EngineWorker::epochFinished);
        page->start();
        QTRY_VERIFY_WITH_TIMEOUT(epochs.count() == 1, 120000);
        page->stop();
        waitForTrainingEnd(finished, 60000);
        QVERIFY(QDir(copy).rename(copy, path("moved-data")));

        // Another dataset with other classes open: refused, nothing starts.
        openDataset(m_mosaicsFolder);
        QSignalSpy refused(page, &Page::errorOccurred);
        page->setRunFolder(path("moved-run"));
        page->resumeRun();
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains("no longer there"),
                 qPrintable(refused.at(0).at(0).toString()));
        QVERIFY(!m_window->engine()->isTraining());

        // The moved dataset open: the run continues on it, to its end.
        openDataset(path("moved-data"));
        page->setRunFolder(path("moved-run"));
        page->resumeRun();
        QVERIFY(m_window->engine()->isTraining());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !m_window->engine()->isTraining(),
                                 120000);
        QVERIFY(finished.at(1).at(0).value<TrainingSummary>().completed);
        QCOMPARE(summarizeRun(path("moved-run").toStdString())->epochsDone, 3);
        QVERIFY(m_window->findChild<QPlainTextEdit*>("trainingLog")
                    ->toPlainText()
                    .contains("no longer there: continuing on the open one"));
    }

    // A project folder inside the dataset would have the scan find its runs: refused.
    void aProjectInsideTheDatasetIsRefused() {
        openDataset(m_datasetFolder);
        QSignalSpy refused(m_window->projects(), &ProjectController::errorOccurred);
        QVERIFY(!m_window->projects()->create(m_datasetFolder + "/my-project"));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains("inside the dataset"),
                 qPrintable(refused.at(0).at(0).toString()));
        QVERIFY(!QFileInfo::exists(m_datasetFolder + "/my-project"));
        QVERIFY(!m_window->session()->hasProject());
    }

    void multiLabelThresholdSliderUpdatesLive() {
        openDataset(m_mosaicsFolder);
        configureTiny(1);
        m_window->trainingPage()->setRunFolder(path("mosaic-run"));
        QSignalSpy finished(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished);
        m_window->trainingPage()->start();
        waitForTrainingEnd(finished, 180000);
        EvaluationPage* evaluation = m_window->evaluationPage();
        evaluation->setModel(
            QString::fromStdString(finished.at(0).at(0).value<TrainingSummary>().lastBundle));
        QSignalSpy evaluated(evaluation, &EvaluationPage::evaluated);
        evaluation->evaluate();
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 60000);
        auto* slider = evaluation->findChild<QSlider*>("thresholdSlider");
        QVERIFY(slider->isVisibleTo(evaluation));
        auto* summary = evaluation->findChild<QLabel*>("evaluationSummaryLabel");
        slider->setValue(5);  // nearly everything predicted: recall high
        const QString low = summary->text();
        QVERIFY2(low.contains("threshold 0.05"), qPrintable(low));
        slider->setValue(95);  // nearly nothing predicted
        const QString high = summary->text();
        QVERIFY2(high.contains("threshold 0.95"), qPrintable(high));
        QVERIFY(low != high);
        // A precision-recall curve and an operating point per class; the points follow the
        // threshold.
        auto* curves = evaluation->findChild<QCustomPlot*>("precisionRecallPlot");
        QVERIFY(curves->isVisibleTo(evaluation));
        const int classes = evaluation->findChild<QTableWidget*>("classMetricsTable")->rowCount();
        QCOMPARE(curves->graphCount(), 2 * classes);
        QVERIFY(curves->graph(0)->dataCount() > 1);
        QCOMPARE(curves->graph(1)->dataCount(), 1);
        const double recallHigh = curves->graph(1)->data()->at(0)->key;
        slider->setValue(5);
        QVERIFY(curves->graph(1)->data()->at(0)->key >= recallHigh);
        QVERIFY(!evaluation->findChild<QCustomPlot*>("confusionPlot")->isVisibleTo(evaluation));
    }

    void closingDuringTrainingCancelsCleanly() {
        openDataset(m_datasetFolder);
        configureTiny(30);
        m_window->trainingPage()->setRunFolder(path("closed-run"));
        QSignalSpy progress(m_window->engine()->trainingWorker(), &EngineWorker::trainingProgress);
        m_window->trainingPage()->start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 60000);
        m_window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 60000);
        QVERIFY(!m_window->engine()->isTraining());
    }

    // The question "stop the training and quit?" left open until the training ended: Yes
    // quits then, and nothing is left behind to close the window when a later run ends.
    void quittingAfterTheTrainingEndedClosesNowAndOnlyNow() {
        openDataset(m_datasetFolder);
        configureTiny(1);
        m_window->trainingPage()->setRunFolder(path("asked-run"));
        QSignalSpy finished(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished);
        m_window->trainingPage()->start();
        QVERIFY(m_window->engine()->isTraining());
        m_window->setInteractive(true);
        bool answered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || m_window->engine()->isTraining() || finished.count() == 0)
                return;
            answered = true;
            box->button(QMessageBox::Yes)->click();
        });
        answer.start(50);
        m_window->close();  // asks, and waits in the question until answered
        answer.stop();
        QVERIFY(answered);
        QVERIFY(!m_window->isVisible());

        m_window->setInteractive(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->trainingPage()->setRunFolder(path("later-run"));
        m_window->trainingPage()->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !m_window->engine()->isTraining(),
                                 120000);
        QCoreApplication::processEvents();
        QVERIFY(m_window->isVisible());
    }
};

QTEST_MAIN(TestGuiWorkflow)
#include "tst_gui_workflow.moc"

#include "app/screenshot_tour.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QTabWidget>
#include <QTimer>
#include <memory>

#include "app/main_window.h"
#include "app/project_controller.h"
#include "common/session.h"
#include "config/config_form.h"
#include "config/model_page.h"
#include "dataset/dataset_page.h"
#include "evaluation/evaluation_page.h"
#include "export/export_page.h"
#include "prediction/prediction_page.h"
#include "review/review_page.h"
#include "runner/engine_controller.h"
#include "training/runs_table.h"
#include "training/training_page.h"

namespace faicls::gui {

ScreenshotTour::ScreenshotTour(MainWindow* window, QString outFolder, QString datasetFolder,
                               QObject* parent)
    : QObject(parent),
      m_window(window),
      m_outFolder(std::move(outFolder)),
      m_datasetFolder(std::move(datasetFolder)) {}

void ScreenshotTour::grab(const QString& name) {
    QApplication::processEvents();
    m_window->grab().save(QDir(m_outFolder).filePath(name + QStringLiteral(".png")));
}

void ScreenshotTour::start() {
    QDir().mkpath(m_outFolder);
    m_window->setInteractive(false);
    m_window->resize(1280, 820);
    QTimer::singleShot(500, this, [this] {
        grab(QStringLiteral("01-start"));
        connect(m_window->datasetPage(), &DatasetPage::datasetOpened, this,
                &ScreenshotTour::afterDataset, Qt::SingleShotConnection);
        if (m_datasetFolder.isEmpty()) {
            m_window->openDemo();
        } else {
            m_window->datasetPage()->openFolder(m_datasetFolder);
            m_window->showPage(MainWindow::Dataset);
        }
    });
}

void ScreenshotTour::afterDataset() {
    QTimer::singleShot(800, this, [this] {
        // The work goes into a project, as a user's would (removed at the end).
        m_window->projects()->create(workFolder() + QStringLiteral("/") +
                                     (m_datasetFolder.isEmpty()
                                          ? QStringLiteral("fashion-demo")
                                          : QFileInfo(m_datasetFolder).fileName()));
        grab(QStringLiteral("02-dataset"));
        auto* tabs = m_window->datasetPage()->findChild<QTabWidget*>(QStringLiteral("datasetTabs"));
        tabs->setCurrentIndex(1);
        auto* grid =
            m_window->datasetPage()->findChild<QListView*>(QStringLiteral("thumbnailGrid"));
        grid->setCurrentIndex(grid->model()->index(3, 0));
        QTimer::singleShot(2500, this, [this, tabs] {
            grab(QStringLiteral("03-dataset-images"));
            tabs->setCurrentIndex(0);
            m_window->showPage(MainWindow::Model);
            ModelPage* model = m_window->modelPage();
            model->applyPreset(QStringLiteral("fai-cls-n"));
            nlohmann::json network = model->modelForm()->toJson();
            // The demo's pictures are 28 px; photos need more.
            network["resolution"] = m_datasetFolder.isEmpty() ? 32 : 96;
            model->modelForm()->setJson(network);
            nlohmann::json recipe = model->trainForm()->toJson();
            recipe["epochs"] = 8;
            recipe["batch_size"] = 32;
            recipe["learning_rate"] = 0.002;
            recipe["augmentation"]["scale_jitter"] = false;
            recipe["augmentation"]["color_jitter"] = 0.0;
            model->trainForm()->setJson(recipe);
            QTimer::singleShot(300, this, [this] {
                grab(QStringLiteral("04-model"));
                m_window->showPage(MainWindow::Training);
                // Two short runs with two learning rates, to show them compared.
                connect(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished, this,
                        &ScreenshotTour::afterFirstRun, Qt::SingleShotConnection);
                m_window->trainingPage()->start();
            });
        });
    });
}

QString ScreenshotTour::workFolder() const {
    return QDir(m_outFolder).filePath(QStringLiteral(".tour"));
}

void ScreenshotTour::afterFirstRun() {
    ModelPage* model = m_window->modelPage();
    nlohmann::json recipe = model->trainForm()->toJson();
    recipe["learning_rate"] = 0.005;
    model->trainForm()->setJson(recipe);
    connect(m_window->engine()->trainingWorker(), &EngineWorker::trainingFinished, this,
            &ScreenshotTour::afterTraining, Qt::SingleShotConnection);
    QTimer::singleShot(300, m_window->trainingPage(), &TrainingPage::start);
}

void ScreenshotTour::afterTraining() {
    QTimer::singleShot(500, this, [this] {
        RunsTable* runs = m_window->trainingPage()->runsTable();
        QStringList both;
        for (const RunSummary& run : runs->runs())
            both << QString::fromStdString(run.folder);
        runs->selectRuns(both);
        grab(QStringLiteral("05-training"));
        m_window->showPage(MainWindow::Evaluation);
        connect(
            m_window->evaluationPage(), &EvaluationPage::evaluated, this,
            [this] {
                QTimer::singleShot(500, this, [this] {
                    grab(QStringLiteral("06-evaluation"));
                    review();
                });
            },
            Qt::SingleShotConnection);
        m_window->evaluationPage()->evaluate();
    });
}

// The likely label errors of the training's model, with the heat map of the first.
void ScreenshotTour::review() {
    m_window->showPage(MainWindow::Review);
    // A dataset the review cannot use (no validation pictures) only loses its picture.
    const auto failed = std::make_shared<QMetaObject::Connection>();
    *failed = connect(m_window->reviewPage(), &Page::errorOccurred, this, [this, failed] {
        disconnect(*failed);
        predict();
    });
    connect(
        m_window->reviewPage(), &ReviewPage::reviewed, this,
        [this, failed] {
            disconnect(*failed);
            QTimer::singleShot(3000, this, [this] {
                grab(QStringLiteral("06-review"));
                predict();
            });
        },
        Qt::SingleShotConnection);
    m_window->reviewPage()->findLabelErrors();
}

void ScreenshotTour::predict() {
    m_window->showPage(MainWindow::Prediction);
    connect(
        m_window->predictionPage(), &PredictionPage::predictionsShown, this,
        [this] {
            QTimer::singleShot(800, this, [this] {
                grab(QStringLiteral("07-prediction"));
                // The same picture with where the model looked.
                m_window->predictionPage()
                    ->findChild<QCheckBox*>(QStringLiteral("explainCheck"))
                    ->setChecked(true);
            });
            QTimer::singleShot(3000, this, [this] {
                grab(QStringLiteral("07-prediction-heat-map"));
                m_window->showPage(MainWindow::Export);
                connect(
                    m_window->exportPage(), &ExportPage::int8Measured, this,
                    [this] {
                        QTimer::singleShot(300, this, [this] {
                            grab(QStringLiteral("08-export"));
                            m_window->projects()->close();
                            QDir(workFolder()).removeRecursively();
                            QApplication::quit();
                        });
                    },
                    Qt::SingleShotConnection);
                // Then the int8 variant, measured and offered.
                connect(m_window->exportPage(), &ExportPage::exported, m_window->exportPage(),
                        &ExportPage::makeInt8Variant, Qt::SingleShotConnection);
                m_window->exportPage()->exportNow();
            });
        },
        Qt::SingleShotConnection);
    const DatasetIndex& index = *m_window->session()->dataset().index;
    const QString root = QString::fromStdString(index.root);
    QStringList pictures = {root + QStringLiteral("/test/sneaker"),
                            root + QStringLiteral("/test/bag")};
    if (!m_datasetFolder.isEmpty()) {  // some test pictures, any layout
        pictures.clear();
        for (size_t position : index.imagesOf(Split::Test))
            if (pictures.size() < 16)
                pictures << QString::fromStdString(index.images[position].path);
    }
    m_window->predictionPage()->predictPaths(pictures);
}

}  // namespace faicls::gui

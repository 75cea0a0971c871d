#include "prediction/prediction_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include "common/custom_plot.h"

#include "common/explained_picture.h"
#include "common/model_picker.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "faicls/annotation.h"
#include "faicls/explanation.h"
#include "faicls/image_files.h"
#include "faicls/prediction_csv.h"
#include "runner/engine_controller.h"
#include "runner/error_text.h"

namespace faicls::gui {

namespace {

constexpr int kMaxThumbnails = 200;

QImage toQImage(const AnnotatedImage& image) {
    return QImage(image.rgb.data(), image.width, image.height, image.width * 3,
                  QImage::Format_RGB888)
        .copy();
}

QString labelText(const ImagePrediction& prediction) {
    QStringList parts;
    for (const auto& label : prediction.labels)
        parts << QStringLiteral("%1 %2%")
                     .arg(QString::fromStdString(label.label))
                     .arg(label.confidence * 100, 0, 'f', 1);
    return parts.isEmpty() ? PredictionPage::tr("no class above the threshold")
                           : parts.join(QStringLiteral(", "));
}

// "*.jpg *.jpeg ..." for a file dialog, from the engine's list.
QString imageFilePatterns() {
    QStringList patterns;
    for (const auto& extension : imageFileExtensions())
        patterns << QStringLiteral("*") + QString::fromStdString(extension);
    return patterns.join(QLatin1Char(' '));
}

}  // namespace

PredictionPage::PredictionPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    buildModelRow(layout);
    buildControls(layout);
    buildProgressRow(layout);
    m_hint = m_texts->text(new QLabel(this), [] {
        return tr("Drop pictures or folders here, or paste a picture (Ctrl+V).");
    });
    m_hint->setObjectName(QStringLiteral("predictionHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_hint);

    buildResults(layout);
    connect(m_results, &QListWidget::currentRowChanged, this, &PredictionPage::showSelected);
    // Results already shown are labelled again in the new language.
    m_texts->add([this] { reselect(); });

    connectEngine();
}

void PredictionPage::buildModelRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* modelRow = new QHBoxLayout;
    m_model = new ModelPicker(QStringLiteral("predictionModelEdit"), this);
    texts->add([=] { m_model->setPlaceholderText(tr("A trained model (.faicls)")); });
    modelRow->addWidget(texts->text(new QLabel(this), [] { return tr("Model:"); }));
    modelRow->addWidget(m_model, 1);
    layout->addLayout(modelRow);
    connectModelPicker(m_model);
}

void PredictionPage::buildControls(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* controls = new QHBoxLayout;
    m_useModelThreshold = texts->text(new QCheckBox(this), [] { return tr("Model's threshold"); });
    m_useModelThreshold->setObjectName(QStringLiteral("useModelThresholdCheck"));
    m_useModelThreshold->setChecked(true);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    m_threshold->setEnabled(false);
    m_topK = new QSpinBox(this);
    m_topK->setObjectName(QStringLiteral("topKSpin"));
    m_topK->setRange(0, 1000);
    texts->add([=] { m_topK->setSpecialValueText(tr("automatic")); });
    m_explain = texts->text(new QCheckBox(this), [] { return tr("Show where the model looked"); });
    m_explain->setObjectName(QStringLiteral("explainCheck"));
    texts->add([=] {
        m_explain->setToolTip(
            tr("A heat map (Grad-CAM) over the picture: red where the "
               "picture speaks most for the best class, blue where not at all"));
    });
    auto* addImages = texts->text(new QPushButton(this), [] { return tr("Add images…"); });
    addImages->setObjectName(QStringLiteral("addImagesButton"));
    auto* addFolder = texts->text(new QPushButton(this), [] { return tr("Predict a folder…"); });
    addFolder->setObjectName(QStringLiteral("predictFolderButton"));
    auto* paste = texts->text(new QPushButton(this), [] { return tr("Paste"); });
    auto* clear = texts->text(new QPushButton(this), [] { return tr("Clear"); });
    clear->setObjectName(QStringLiteral("clearPredictionsButton"));
    m_saveCsv = texts->text(new QPushButton(this), [] { return tr("Save CSV…"); });
    m_saveCsv->setObjectName(QStringLiteral("saveCsvButton"));
    m_saveCsv->setEnabled(false);
    controls->addWidget(m_useModelThreshold);
    controls->addWidget(texts->text(new QLabel(this), [] { return tr("Threshold:"); }));
    controls->addWidget(m_threshold);
    controls->addWidget(texts->text(new QLabel(this), [] { return tr("Top-k:"); }));
    controls->addWidget(m_topK);
    controls->addWidget(m_explain);
    controls->addStretch();
    controls->addWidget(addImages);
    controls->addWidget(addFolder);
    controls->addWidget(paste);
    controls->addWidget(clear);
    controls->addWidget(m_saveCsv);
    layout->addLayout(controls);

    connect(m_useModelThreshold, &QCheckBox::toggled, this, [this](bool useModel) {
        m_threshold->setEnabled(!useModel);
        reselect();
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &PredictionPage::reselect);
    connect(m_explain, &QCheckBox::toggled, this, &PredictionPage::showSelected);
    connect(m_topK, &QSpinBox::valueChanged, this, &PredictionPage::reselect);
    connect(addImages, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Pictures to classify"), {},
            tr("Images (%1);;All files (*)").arg(imageFilePatterns()));
        if (!files.isEmpty())
            predictPaths(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder of pictures"));
        if (!folder.isEmpty())
            predictPaths({folder});
    });
    connect(paste, &QPushButton::clicked, this, &PredictionPage::pasteImage);
    connect(clear, &QPushButton::clicked, this, &PredictionPage::clearResults);
    auto* pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    connect(pasteShortcut, &QShortcut::activated, this, &PredictionPage::pasteImage);
    connect(m_saveCsv, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the predictions"), QStringLiteral("predictions.csv"), tr("CSV (*.csv)"));
        if (file.isEmpty())
            return;
        if (saveCsv(file))
            Q_EMIT statusMessage(
                tr("Saved %n prediction(s) to %1", nullptr, static_cast<int>(m_outcomes.size()))
                    .arg(QDir::toNativeSeparators(file)));
        else
            Q_EMIT errorOccurred(tr("Could not write %1").arg(QDir::toNativeSeparators(file)));
    });
}

void PredictionPage::buildProgressRow(QVBoxLayout* layout) {
    // A big folder can take a while: its progress, and a way to stop it (the pictures done so
    // far are shown).
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("predictionProgress"));
    m_cancel = m_texts->text(new QPushButton(this), [] { return tr("Cancel"); });
    m_cancel->setObjectName(QStringLiteral("cancelPredictionButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    showProgress(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_engine->cancelPredictions(); });
}

void PredictionPage::buildResults(QVBoxLayout* layout) {
    auto* splitter = new QSplitter(this);
    m_results = new QListWidget(splitter);
    m_results->setObjectName(QStringLiteral("predictionResults"));
    m_results->setIconSize(QSize(56, 56));
    m_results->setUniformItemSizes(true);
    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    m_view = new QLabel(detail);
    m_view->setObjectName(QStringLiteral("annotatedView"));
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setMinimumSize(320, 240);
    m_view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_labels = new QLabel(detail);
    m_labels->setObjectName(QStringLiteral("predictedLabels"));
    m_labels->setWordWrap(true);
    m_labels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scores = new QCustomPlot(detail);
    m_scores->setObjectName(QStringLiteral("scoreChart"));
    m_scores->setMinimumHeight(160);
    detailLayout->addWidget(m_view, 3);
    detailLayout->addWidget(m_labels);
    detailLayout->addWidget(m_scores, 2);
    splitter->addWidget(m_results);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
}

void PredictionPage::connectEngine() {
    EngineWorker* worker = m_engine->taskWorker();
    connect(worker, &EngineWorker::predictionsReady, this, &PredictionPage::onPredictions);
    connect(worker, &EngineWorker::predictionProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(worker, &EngineWorker::predictionFailed, this, [this](const QString& message) {
        showProgress(false);
        Q_EMIT errorOccurred(message);
    });
    connect(m_session, &Session::modelBundleChanged, this, &PredictionPage::setModel);
    connect(worker, &EngineWorker::explanationReady, this, [this](const ExplanationResult& result) {
        if (result.imagePath != m_explanationWanted)
            return;  // the user has moved on
        m_explanationWanted.clear();
        m_explanation = result;
        showSelected();
    });
    connect(worker, &EngineWorker::explanationFailed, this,
            [this](const QString& imagePath, const QString& message) {
                if (imagePath != m_explanationWanted)
                    return;
                m_explanationWanted.clear();
                Q_EMIT statusMessage(tr("No heat map: %1").arg(message));
            });
}

PredictionPage::~PredictionPage() = default;

void PredictionPage::setModel(const QString& bundlePath) {
    if (bundlePath != m_model->path())
        clearResults();  // another model's predictions
    m_model->setPath(bundlePath);
    m_haveInfo = false;
    if (bundlePath.isEmpty())
        return;
    try {
        m_info = readBundleInfo(bundlePath.toStdString());
        m_haveInfo = true;
        m_threshold->setValue(m_info.threshold);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

QString PredictionPage::model() const {
    return m_model->path();
}

PredictOptions PredictionPage::options() const {
    PredictOptions options;
    options.threshold = m_useModelThreshold->isChecked() ? -1.0 : m_threshold->value();
    options.topK = m_topK->value();
    return options;
}

void PredictionPage::predictPaths(const QStringList& paths) {
    if (!m_haveInfo) {
        Q_EMIT errorOccurred(tr("Choose a model first (a .faicls file)."));
        return;
    }
    m_progress->setRange(0, 0);
    showProgress(true);
    m_engine->predict(m_model->path(), paths, options());
}

void PredictionPage::showProgress(bool visible) {
    m_progress->setVisible(visible);
    m_cancel->setVisible(visible);
}

void PredictionPage::pasteImage() {
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        const QMimeData* data = QApplication::clipboard()->mimeData();
        const QList<QUrl> urls = data ? data->urls() : QList<QUrl>{};
        QStringList paths;
        for (const auto& url : urls)
            if (url.isLocalFile())
                paths << url.toLocalFile();
        if (paths.isEmpty())
            Q_EMIT statusMessage(
                tr("Nothing to paste: copy a picture, or image files, to the clipboard first."));
        else
            predictPaths(paths);
        return;
    }
    if (!m_pasted)
        m_pasted = std::make_unique<QTemporaryDir>();
    const QString file = m_pasted->filePath(QStringLiteral("pasted-%1.png").arg(++m_pastedCount));
    if (image.save(file))
        predictPaths({file});
}

void PredictionPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PredictionPage::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        predictPaths(paths);
    }
}

void PredictionPage::onPredictions(const PredictionResults& results) {
    if (results.bundlePath != m_model->path())
        return;
    showProgress(false);
    for (const auto& missing : results.missingPaths)
        Q_EMIT errorOccurred(missing);
    if (results.outcomes.empty()) {
        if (!results.cancelled)  // cancelled before the first picture: nothing to say
            Q_EMIT errorOccurred(tr("No pictures found in %1")
                                     .arg(results.requestedPaths.join(QStringLiteral(", "))));
        return;
    }
    m_hint->hide();
    // Every batch is added to the list (drop, add, paste, folder); Clear empties it.
    const int firstNew = static_cast<int>(m_outcomes.size());
    m_outcomes.insert(m_outcomes.end(), results.outcomes.begin(), results.outcomes.end());
    int failed = 0;
    for (const auto& outcome : results.outcomes) {
        auto* item = new QListWidgetItem(m_results);
        const QString name = QFileInfo(QString::fromStdString(outcome.imagePath)).fileName();
        if (outcome.prediction) {
            item->setText(name + QStringLiteral("\n") + labelText(*outcome.prediction));
            // Small thumbnails of the picture itself (the big view is annotated on demand); for
            // the first rows only, so that a folder of thousands never blocks this thread.
            QImage thumb;
            if (m_results->count() <= kMaxThumbnails)
                thumb = QImageReader(QString::fromStdString(outcome.imagePath)).read();
            if (!thumb.isNull())
                item->setIcon(QPixmap::fromImage(
                    thumb.scaled(56, 56, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        } else {
            ++failed;
            item->setText(name + QStringLiteral("\n") + tr("could not be read"));
            item->setToolTip(QString::fromStdString(outcome.error));
            item->setForeground(QColor(0xC0, 0x39, 0x2B));
        }
    }
    m_saveCsv->setEnabled(!m_outcomes.empty());
    m_results->setCurrentRow(firstNew);
    m_results->scrollToItem(m_results->item(firstNew));
    if (failed > 0)  // listed in red with the reason; no need to stop the user
        Q_EMIT statusMessage(tr("%n file(s) could not be read (shown in red).", nullptr, failed));
    else if (results.precision == QLatin1String("int8"))
        Q_EMIT statusMessage(tr("Predicted with the model's int8 variant."));
    else if (results.precision == QLatin1String("bfloat16"))
        Q_EMIT statusMessage(tr("Predicted in bfloat16."));
    Q_EMIT predictionsShown(static_cast<int>(m_outcomes.size()));
}

void PredictionPage::clearResults() {
    m_outcomes.clear();
    m_results->clear();
    m_view->clear();
    m_labels->clear();
    m_scores->clearPlottables();
    m_scores->replot();
    m_saveCsv->setEnabled(false);
}

void PredictionPage::reselect() {
    if (!m_haveInfo)
        return;
    const PredictOptions opts = options();
    for (int row = 0; row < static_cast<int>(m_outcomes.size()); ++row) {
        auto& outcome = m_outcomes[static_cast<size_t>(row)];
        if (!outcome.prediction)
            continue;
        outcome.prediction->labels = selectLabels(outcome.prediction->scores, m_info, opts);
        if (auto* item = m_results->item(row))
            item->setText(QFileInfo(QString::fromStdString(outcome.imagePath)).fileName() +
                          QStringLiteral("\n") + labelText(*outcome.prediction));
    }
    showSelected();
}

void PredictionPage::showSelected() {
    const int row = m_results->currentRow();
    if (row < 0 || row >= static_cast<int>(m_outcomes.size()))
        return;
    const PredictionOutcome& outcome = m_outcomes[static_cast<size_t>(row)];
    if (!outcome.prediction) {
        m_view->setText(tr("%1 could not be read:\n%2")
                            .arg(QString::fromStdString(outcome.imagePath),
                                 QString::fromStdString(outcome.error)));
        m_labels->clear();
        m_scores->clearPlottables();  // the previous picture's scores are not this file's
        m_scores->replot();
        return;
    }
    const ImagePrediction& prediction = *outcome.prediction;
    // The picture is scaled to the view first and annotated at that size, so that the label
    // box reads the same on a 28-pixel thumbnail as on a photograph.
    QImageReader reader(QString::fromStdString(prediction.imagePath));
    reader.setAutoTransform(true);
    QImage picture = reader.read();
    if (picture.isNull()) {
        m_view->setText(
            tr("%1 cannot be shown: %2")
                .arg(QString::fromStdString(prediction.imagePath), reader.errorString()));
    } else {
        const QSize original = picture.size();
        const QString imagePath = QString::fromStdString(prediction.imagePath);
        if (m_explain->isChecked() && !prediction.labels.empty() &&
            !(m_explanation && m_explanation->imagePath == imagePath &&
              m_explanation->bundlePath == model()) &&
            m_explanationWanted != imagePath) {
            m_explanationWanted = imagePath;
            m_engine->explain(model(), imagePath, prediction.labels.front().classId);
        }
        const bool tiny = picture.width() * 4 < m_view->width();
        picture = picture
                      .scaled(m_view->size(), Qt::KeepAspectRatio,
                              tiny ? Qt::FastTransformation : Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_RGB888);
        try {
            if (m_explain->isChecked() && m_explanation && m_explanation->imagePath == imagePath &&
                m_explanation->bundlePath == model())
                picture = withHeatMap(picture, original, m_explanation->map);
            const AnnotatedImage annotated =
                annotateImage(picture.constBits(), picture.width(), picture.height(),
                              static_cast<int>(picture.bytesPerLine()), prediction);
            m_view->setPixmap(QPixmap::fromImage(toQImage(annotated)));
        } catch (const std::exception& error) {
            m_view->setText(ErrorText::describe(error));
        }
    }
    m_labels->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(QFileInfo(QString::fromStdString(prediction.imagePath)).fileName().toHtmlEscaped(),
                 labelText(prediction).toHtmlEscaped()));

    // Every class's score as horizontal bars, selected classes highlighted.
    m_scores->clearPlottables();
    auto* bars = new QCPBars(m_scores->yAxis, m_scores->xAxis);
    auto* chosen = new QCPBars(m_scores->yAxis, m_scores->xAxis);
    bars->setBrush(QColor(0xAE, 0xB6, 0xBF));
    bars->setPen(Qt::NoPen);
    chosen->setBrush(QColor(0x2E, 0x86, 0xC1));
    chosen->setPen(Qt::NoPen);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int classes = static_cast<int>(prediction.scores.size());
    for (int c = 0; c < classes; ++c) {
        const ClassScore& s = prediction.scores[static_cast<size_t>(c)];
        const bool selected = std::any_of(prediction.labels.begin(), prediction.labels.end(),
                                          [&](const ClassScore& l) { return l.classId == c; });
        (selected ? chosen : bars)->addData(classes - c, s.confidence * 100);
        ticker->addTick(classes - c, QString::fromStdString(s.label));
    }
    m_scores->yAxis->setTicker(ticker);
    m_scores->yAxis->setRange(0.4, classes + 0.6);
    m_scores->xAxis->setRange(0, 100);
    m_scores->xAxis->setLabel(tr("score (%)"));
    m_scores->replot(QCustomPlot::rpQueuedReplot);
}

bool PredictionPage::saveCsv(const QString& path) {
    try {
        writePredictionsCsv(path.toStdString(), m_outcomes);
        return true;
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
}

}  // namespace faicls::gui

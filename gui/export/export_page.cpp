#include "export/export_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/model_picker.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "faicls/engine_error.h"
#include "faicls/model_bundle.h"
#include "faicls/project.h"
#include "runner/engine_controller.h"

namespace faicls::gui {

ExportPage::ExportPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    Retranslator* texts = m_texts;
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_model = new ModelPicker(QStringLiteral("exportModelEdit"), this);
    form->addRow(texts->text(new QLabel(this), [] { return tr("Model:"); }), m_model);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->addItem(QString(), static_cast<int>(ExportFormat::Onnx));
    m_format->addItem(QString(), static_cast<int>(ExportFormat::TorchScript));
    m_format->addItem(QString(), static_cast<int>(ExportFormat::Focoos));
    m_format->addItem(QString(), static_cast<int>(ExportFormat::OnnxInt8));
    texts->add([this] {
        m_format->setItemText(0, tr("ONNX — for ONNX Runtime, OpenCV, TensorRT"));
        m_format->setItemText(1, tr("TorchScript — for PyTorch and LibTorch"));
        m_format->setItemText(2, tr("FocoosAI reference checkpoint (STDC and ResNet-d models)"));
        m_format->setItemText(
            3, tr("ONNX int8 (QDQ) — the model's int8 variant, for ONNX Runtime, TensorRT"));
    });
    form->addRow(texts->text(new QLabel(this), [] { return tr("Format:"); }), m_format);
    auto* destinationRow = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("exportDestinationEdit"));
    auto* browseDestination = texts->text(new QPushButton(this), [] { return tr("Choose…"); });
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browseDestination);
    form->addRow(texts->text(new QLabel(this), [] { return tr("Destination:"); }), destinationRow);
    layout->addLayout(form);
    m_export = texts->text(new QPushButton(this), [] { return tr("Export and verify"); });
    m_export->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    m_result = texts->text(new QLabel(this), [] {
        return tr(
            "Every export is loaded back right after it is written and compared "
            "with the model on a few images.");
    });
    m_result->setObjectName(QStringLiteral("exportResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* int8Box = new QGroupBox(this);
    texts->add([int8Box] { int8Box->setTitle(tr("Faster prediction on the CPU: int8")); });
    auto* int8Layout = new QVBoxLayout(int8Box);
    auto* int8Buttons = new QHBoxLayout;
    m_makeInt8 = texts->text(new QPushButton(int8Box), [] { return tr("Make int8 variant"); });
    m_makeInt8->setObjectName(QStringLiteral("int8MakeButton"));
    m_keepInt8 = texts->text(new QPushButton(int8Box), [] { return tr("Keep it"); });
    m_keepInt8->setObjectName(QStringLiteral("int8KeepButton"));
    m_keepInt8->setEnabled(false);
    int8Buttons->addWidget(m_makeInt8);
    int8Buttons->addWidget(m_keepInt8);
    int8Buttons->addStretch();
    int8Layout->addLayout(int8Buttons);
    m_int8Result = new QLabel(int8Box);
    m_int8Result->setObjectName(QStringLiteral("int8ResultLabel"));
    m_int8Result->setWordWrap(true);
    m_int8Result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    int8Layout->addWidget(m_int8Result);
    layout->addWidget(int8Box);
    texts->add([this] { showInt8State(); });
    layout->addStretch();

    connectModelPicker(m_model);
    connect(browseDestination, &QPushButton::clicked, this, [this] {
        const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
        const QString chosen =
            format == ExportFormat::Focoos
                ? QFileDialog::getExistingDirectory(this, tr("Folder for the checkpoint"),
                                                    m_destination->text())
                : QFileDialog::getSaveFileName(this, tr("Export to"), m_destination->text());
        if (!chosen.isEmpty())
            m_destination->setText(chosen);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPage::suggestDestination);
    connect(m_export, &QPushButton::clicked, this, &ExportPage::exportNow);
    connect(m_makeInt8, &QPushButton::clicked, this, &ExportPage::makeInt8Variant);
    connect(m_keepInt8, &QPushButton::clicked, this, [this] {
        m_keepInt8->setEnabled(false);
        m_makeInt8->setEnabled(false);
        m_engine->keepInt8Variant(m_int8Candidate);
    });
    connect(m_engine->taskWorker(), &EngineWorker::int8Progress, this,
            [this](const QString& phase, qint64 done, qint64 total) {
                m_int8Result->setText(
                    phase == QLatin1String("calibrating")
                        ? tr("Calibrating on %1 of %2 pictures…").arg(done).arg(total)
                        : tr("Measuring on %1 of %2 validation pictures…").arg(done).arg(total));
            });
    connect(m_engine->taskWorker(), &EngineWorker::int8Measured, this,
            &ExportPage::showInt8Measured);
    connect(m_engine->taskWorker(), &EngineWorker::int8Kept, this, [this](const QString& bundle) {
        m_int8Candidate = Int8Candidate();
        m_makeInt8->setEnabled(true);
        if (bundle == m_model->path())
            showInt8State();
        Q_EMIT int8Kept(bundle);
    });
    connect(m_engine->taskWorker(), &EngineWorker::int8Failed, this,
            [this](const QString& message) {
                m_makeInt8->setEnabled(true);
                m_keepInt8->setEnabled(false);
                m_int8Result->setText(tr("<b style='color:#c0392b'>No int8 variant:</b> %1")
                                          .arg(message.toHtmlEscaped()));
                Q_EMIT errorOccurred(message);
            });
    connect(m_session, &Session::modelBundleChanged, this, &ExportPage::setModel);
    connect(m_session, &Session::projectChanged, this, &ExportPage::suggestDestination);
    connect(m_engine->taskWorker(), &EngineWorker::exportFinished, this, &ExportPage::showExported);
    connect(
        m_engine->taskWorker(), &EngineWorker::exportFailed, this, [this](const QString& message) {
            m_export->setEnabled(true);
            m_result->setText(
                tr("<b style='color:#c0392b'>Export failed:</b> %1").arg(message.toHtmlEscaped()));
            Q_EMIT errorOccurred(message);
        });
}

void ExportPage::setModel(const QString& bundlePath) {
    m_model->setPath(bundlePath);
    suggestDestination();
    m_int8Candidate = Int8Candidate();
    m_keepInt8->setEnabled(false);
    showInt8State();
}

namespace {

// "accuracy 60.0 % (float32 61.5 %, −1.5 points); the same top class for 97.0 % of the
// validation pictures"
QString int8Figures(const QString& figure, double int8, double float32, double agreement) {
    return ExportPage::tr(
               "%1 %2 % (float32 %3 %, %4 points); the same top class as float32 for "
               "%5 % of the validation pictures")
        .arg(figure)
        .arg(int8, 0, 'f', 1)
        .arg(float32, 0, 'f', 1)
        .arg(int8 - float32 >= 0 ? QStringLiteral("+") + QString::number(int8 - float32, 'f', 1)
                                 : QString::number(int8 - float32, 'f', 1))
        .arg(100.0 * agreement, 0, 'f', 1);
}

}  // namespace

void ExportPage::showInt8State() {
    if (m_int8Candidate.variant.is_object() && !m_int8Candidate.variant.empty()) {
        showInt8Measured(m_int8Candidate);
        return;
    }
    BundleInfo info;
    try {
        if (!m_model->path().isEmpty())
            info = readBundleInfo(m_model->path().toStdString());
    } catch (const EngineError&) {
    }
    if (!info.hasInt8Variant()) {
        m_int8Result->setText(
            tr("An int8 variant computes in 8-bit integers: on the CPU it predicts up to about "
               "twice as fast. It is calibrated on pictures of the open dataset's training split "
               "and measured against the model on its validation split; you see what it costs "
               "and gains before you keep it."));
        return;
    }
    const Int8VariantFigures figures = int8VariantFigures(info.int8Variant);
    m_int8Result->setText(
        tr("<b>This model has an int8 variant</b>: %1. Prediction on the CPU uses it.")
            .arg(int8Figures(figures.multiLabel ? tr("F1") : tr("accuracy"), figures.int8,
                             figures.float32, figures.top1Agreement)));
}

void ExportPage::makeInt8Variant() {
    if (m_model->path().isEmpty()) {
        Q_EMIT errorOccurred(tr("Choose a model first."));
        return;
    }
    if (!m_session->hasDataset()) {
        Q_EMIT errorOccurred(
            tr("Open the dataset the model was trained on first: the int8 "
               "variant is calibrated and measured on its pictures."));
        return;
    }
    m_makeInt8->setEnabled(false);
    m_keepInt8->setEnabled(false);
    m_int8Candidate = Int8Candidate();
    m_int8Result->setText(tr("Calibrating…"));
    m_engine->quantize(m_model->path(), QString::fromStdString(m_session->dataset().index->root));
}

void ExportPage::showInt8Measured(const Int8Candidate& candidate) {
    if (QString::fromStdString(candidate.bundlePath) != m_model->path())
        return;  // made for a model no longer shown
    m_int8Candidate = candidate;
    m_makeInt8->setEnabled(true);
    m_keepInt8->setEnabled(true);
    const bool f1 = candidate.float32Metrics.multiLabel;
    m_int8Result->setText(
        tr("<b>int8 variant measured</b> on %1 validation pictures (calibrated on %2): %3; %4 "
           "times the float32 speed on this computer. Keep it to predict with it on the CPU; the "
           "model itself stays as it is.")
            .arg(candidate.int8Metrics.images)
            .arg(candidate.calibrationImages)
            .arg(int8Figures(f1 ? tr("F1") : tr("accuracy"),
                             f1 ? candidate.int8Metrics.f1 : candidate.int8Metrics.accuracy,
                             f1 ? candidate.float32Metrics.f1 : candidate.float32Metrics.accuracy,
                             candidate.top1Agreement))
            .arg(candidate.speedup, 0, 'f', 1));
    Q_EMIT int8Measured();
}

void ExportPage::suggestDestination() {
    const QFileInfo model(m_model->path());
    if (m_model->path().isEmpty())
        return;
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    // In a project, exports go to its exports/, named after the run they come from.
    const QString base =
        m_session->hasProject()
            ? QString::fromStdString(
                  projectExportsFolder(m_session->projectFolder().toStdString())) +
                  QStringLiteral("/") + model.absoluteDir().dirName() + QStringLiteral("-") +
                  model.completeBaseName()
            : model.absolutePath() + QStringLiteral("/") + model.completeBaseName();
    m_destination->setText(format == ExportFormat::Onnx       ? base + QStringLiteral(".onnx")
                           : format == ExportFormat::OnnxInt8 ? base + QStringLiteral("-int8.onnx")
                           : format == ExportFormat::TorchScript
                               ? base + QStringLiteral(".pt")
                               : base + QStringLiteral("-focoos"));
}

void ExportPage::exportNow() {
    if (m_model->path().isEmpty() || m_destination->text().isEmpty()) {
        Q_EMIT errorOccurred(tr("Choose a model and a destination first."));
        return;
    }
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting and checking…"));
    m_engine->exportModel(m_model->path(),
                          static_cast<ExportFormat>(m_format->currentData().toInt()),
                          m_destination->text());
}

void ExportPage::showExported(const ExportResult& result) {
    m_export->setEnabled(true);
    const ExportVerification& v = result.verification;
    QStringList files;
    for (const auto& f : result.files)
        files << QString::fromStdString(f);
    m_result->setText((v.passed ? tr("<b style='color:#1e8449'>Exported and verified.</b>")
                                : tr("<b style='color:#c0392b'>Exported, but the check failed: the "
                                     "file does not reproduce the model.</b>")) +
                      tr("<br>Files: %1<br>Check: %2 on %3 images, largest logit difference %4 "
                         "(limit %5).")
                          .arg(files.join(QStringLiteral(", ")).toHtmlEscaped(),
                               QString::fromStdString(v.runtime).toHtmlEscaped())
                          .arg(v.images)
                          .arg(v.maxAbsDifference, 0, 'g', 3)
                          .arg(v.tolerance, 0, 'g', 1));
    Q_EMIT exported(v.passed);
}

}  // namespace faicls::gui

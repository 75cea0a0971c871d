#include "export/export_page.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/model_picker.h"
#include "common/retranslator.h"
#include "common/session.h"
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
    texts->add([this] {
        m_format->setItemText(0, tr("ONNX — for ONNX Runtime, OpenCV, TensorRT"));
        m_format->setItemText(1, tr("TorchScript — for PyTorch and LibTorch"));
        m_format->setItemText(2, tr("FocoosAI reference checkpoint (STDC and ResNet-d models)"));
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
    m_destination->setText(format == ExportFormat::Onnx ? base + QStringLiteral(".onnx")
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

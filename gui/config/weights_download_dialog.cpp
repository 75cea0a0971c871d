#include "config/weights_download_dialog.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "faicls/config_json.h"
#include "runner/engine_controller.h"

namespace faicls::gui {

WeightsDownloadDialog::WeightsDownloadDialog(EngineController* engine, const WeightsEntry& entry,
                                             QWidget* parent)
    : QDialog(parent), m_engine(engine) {
    setObjectName(QStringLiteral("weightsDownloadDialog"));
    setWindowTitle(tr("Downloading pretrained weights"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    const QString size = sizeText(entry.sizeMegabytes);
    auto* what = new QLabel(
        tr("%1 (%2)\nfrom %3")
            .arg(QString::fromStdString(entry.name), size.isEmpty() ? tr("size unknown") : size,
                 QString::fromStdString(entry.url)),
        this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);  // busy until the size is known
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Connecting…"), this);
    m_status->setObjectName(QStringLiteral("weightsDownloadStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_button = new QPushButton(tr("Cancel"), this);
    m_button->setObjectName(QStringLiteral("weightsDownloadButton"));
    layout->addWidget(m_button, 0, Qt::AlignRight);
    resize(520, sizeHint().height());

    EngineWorker* worker = engine->downloadWorker();
    connect(worker, &EngineWorker::weightsProgress, this, &WeightsDownloadDialog::showProgress);
    connect(worker, &EngineWorker::weightsReady, this, &WeightsDownloadDialog::finish);
    connect(worker, &EngineWorker::weightsFailed, this, &WeightsDownloadDialog::fail);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_running) {
            reject();
            return;
        }
        m_status->setText(tr("Cancelling… (what came is kept; the next download resumes it)"));
        m_button->setEnabled(false);
        m_engine->cancelDownloads();
    });
    engine->fetchWeights(QString::fromStdString(entry.name));
}

std::optional<WeightsEntry> WeightsDownloadDialog::findEntry(const std::string& name,
                                                             QString* problem) {
    try {
        return findWeights(weightsCatalog(), name);
    } catch (const std::exception& error) {
        if (problem)
            *problem = QString::fromUtf8(error.what());
        return std::nullopt;
    }
}

QString WeightsDownloadDialog::sizeText(double megabytes) {
    return megabytes > 0 ? tr("%1 MB").arg(megabytes, 0, 'f', 1) : QString();
}

void WeightsDownloadDialog::showProgress(qint64 done, qint64 total) {
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(1000 * done / total));
    }
    m_status->setText(total > 0 ? tr("%1 of %2 MB")
                                      .arg(static_cast<double>(done) / 1e6, 0, 'f', 1)
                                      .arg(static_cast<double>(total) / 1e6, 0, 'f', 1)
                                : tr("%1 MB").arg(static_cast<double>(done) / 1e6, 0, 'f', 1));
}

void WeightsDownloadDialog::finish(const QString& file) {
    m_running = false;
    m_file = file;
    accept();
}

void WeightsDownloadDialog::fail(const QString& message) {
    m_running = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_button->setText(tr("Close"));
    m_button->setEnabled(true);
    adjustSize();  // the message can be long: show all of it
}

std::optional<QString> WeightsDownloadDialog::ensureAvailable(EngineController* engine,
                                                              const BackboneConfig& backbone,
                                                              QWidget* parent) {
    const QString named = QString::fromStdString(backbone.pretrained);
    if (pretrainedKind(backbone.pretrained) != PretrainedKind::CatalogEntry)
        return named;
    const auto entry = findEntry(backbone.pretrained, nullptr);
    if (!entry || cachedWeightsFile(*entry))
        return named;  // here already, or a problem the training itself will name
    QMessageBox question(
        QMessageBox::Question, tr("Pretrained weights needed"),
        tr("This network starts from the pretrained weights %1 (%2, %3), which "
           "are not on this computer yet.\n\nDownload them now (%4), or choose "
           "a weights file you have?")
            .arg(named, QString::fromStdString(entry->source),
                 QString::fromStdString(entry->licence),
                 sizeText(entry->sizeMegabytes).isEmpty() ? tr("size unknown")
                                                          : sizeText(entry->sizeMegabytes)),
        QMessageBox::Cancel, parent);
    question.setObjectName(QStringLiteral("weightsNeededBox"));
    auto* download = question.addButton(tr("Download"), QMessageBox::AcceptRole);
    auto* choose = question.addButton(tr("Choose a file…"), QMessageBox::ActionRole);
    question.setDefaultButton(download);
    question.exec();
    if (question.clickedButton() == download) {
        WeightsDownloadDialog dialog(engine, *entry, parent);
        return dialog.exec() == QDialog::Accepted ? std::optional<QString>(named) : std::nullopt;
    }
    if (question.clickedButton() == choose) {
        const QString file =
            QFileDialog::getOpenFileName(parent, tr("Choose pretrained weights"), {},
                                         tr("Weights (*.pth *.pt *.tar *.faicls);;All files (*)"));
        if (!file.isEmpty())
            return file;
    }
    return std::nullopt;
}

}  // namespace faicls::gui

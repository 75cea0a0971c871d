#pragma once

#include <QDialog>
#include <optional>

#include "faicls/model_config.h"
#include "faicls/weights_catalog.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace faicls::gui {

class EngineController;

/// Downloads one weights catalogue entry with its size, a progress bar and Cancel (what came is
/// kept, the next download resumes it). Accepted when the file is on this machine.
class WeightsDownloadDialog : public QDialog {
    Q_OBJECT
public:
    WeightsDownloadDialog(EngineController* engine, const WeightsEntry& entry,
                          QWidget* parent = nullptr);
    /// The downloaded file, once accepted.
    QString file() const { return m_file; }

    /// Before a training: when `backbone.pretrained` names catalogue weights that are not on
    /// this machine, asks whether to download them (with this dialog) or to pick a file. The
    /// value to train with (the name once downloaded, or the chosen file), or nullopt when the
    /// user cancelled or the download failed. Weights that are here need no question.
    static std::optional<QString> ensureAvailable(EngineController* engine,
                                                  const BackboneConfig& backbone, QWidget* parent);

    /// The catalogue entry `name`; nullopt when there is none or the catalogue cannot be read
    /// (a broken site catalogue: `problem` then says why).
    static std::optional<WeightsEntry> findEntry(const std::string& name, QString* problem);

    /// "44.7 MB", or "" when the size is not known.
    static QString sizeText(double megabytes);

private:
    void showProgress(qint64 done, qint64 total);
    void finish(const QString& file);
    void fail(const QString& message);

    EngineController* m_engine;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_button = nullptr;
    QString m_file;
    bool m_running = true;
};

}  // namespace faicls::gui

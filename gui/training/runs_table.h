#pragma once

#include <QWidget>

#include <vector>

#include "faicls/run_summary.h"

class QPushButton;
class QTableWidget;

namespace faicls::gui {

class Retranslator;
class Session;

/// The trainings in the project's runs/ (without a project, the app's own): one row each with
/// its network, resolution, epochs, best F1, accuracy, time and state, newest first. Selected
/// rows are compared (their curves drawn over the charts); one can be opened, continued when
/// it was interrupted, or renamed.
class RunsTable : public QWidget {
    Q_OBJECT
public:
    RunsTable(Session* session, QWidget* parent = nullptr);

    /// Reads the runs folder again, keeping the selection where the runs still exist.
    void refresh();
    const std::vector<RunSummary>& runs() const { return m_runs; }
    QTableWidget* table() const { return m_table; }
    QStringList selectedRunFolders() const;
    /// Selects exactly these runs (tests, and after a rename).
    void selectRuns(const QStringList& folders);
    /// Renames the run; false (and errorOccurred) when the engine refuses the name.
    bool renameRun(const QString& folder, const QString& newName);

Q_SIGNALS:
    void selectionChanged(const QStringList& folders);
    void openRequested(const QString& folder);
    void continueRequested(const QString& folder);
    /// A run folder moved (renamed): whoever holds its path follows.
    void runRenamed(const QString& from, const QString& to);
    void errorOccurred(const QString& message);

private:
    void fillRow(int row, const RunSummary& run);
    /// Selects exactly these runs without telling anyone.
    void markSelected(const QStringList& folders);
    void updateButtons();
    void askForNewName();

    Session* const m_session;
    Retranslator* const m_texts;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_rename = nullptr;
    std::vector<RunSummary> m_runs;
};

}  // namespace faicls::gui

#include "training/runs_table.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/duration_text.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "faicls/project.h"
#include "runner/error_text.h"

namespace faicls::gui {

namespace {

enum Column { Name, Model, Resolution, Epochs, BestF1, Accuracy, Time, State, ColumnCount };

QString stateText(const RunSummary& run) {
    switch (run.status) {
        case RunStatus::Running:
            return RunsTable::tr("training now");
        case RunStatus::Finished:
            return RunsTable::tr("finished");
        case RunStatus::Interrupted:
            return run.failure.empty() ? RunsTable::tr("interrupted: can be continued")
                                       : RunsTable::tr("failed: can be continued");
    }
    return {};
}

QTableWidgetItem* item(const QString& text) {
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

}  // namespace

RunsTable::RunsTable(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_texts(new Retranslator(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* hint = m_texts->text(new QLabel(this), [] {
        return tr("Select runs to draw their curves over the charts (Ctrl-click for several).");
    });
    hint->setObjectName(QStringLiteral("runsHint"));
    m_open = m_texts->text(new QPushButton(this), [] { return tr("Open"); });
    m_open->setObjectName(QStringLiteral("openRunButton"));
    m_open->setToolTip(tr("Show this run's curves and make its best model the current one"));
    m_continue = m_texts->text(new QPushButton(this), [] { return tr("Continue"); });
    m_continue->setObjectName(QStringLiteral("continueRunButton"));
    m_rename = m_texts->text(new QPushButton(this), [] { return tr("Rename…"); });
    m_rename->setObjectName(QStringLiteral("renameRunButton"));
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_rename);
    layout->addLayout(buttons);

    // After the buttons: filling the table sets them.
    m_texts->add([this] {
        m_table->setHorizontalHeaderLabels({tr("Run"), tr("Network"), tr("Resolution"),
                                            tr("Epochs"), tr("Best F1"), tr("Accuracy"), tr("Time"),
                                            tr("State")});
        refresh();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectionChanged(selectedRunFolders());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT openRequested(QString::fromStdString(m_runs.at(static_cast<size_t>(row)).folder));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QStringList folders = selectedRunFolders();
        if (folders.size() == 1)
            Q_EMIT openRequested(folders.front());
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        const QStringList folders = selectedRunFolders();
        if (folders.size() == 1)
            Q_EMIT continueRequested(folders.front());
    });
    connect(m_rename, &QPushButton::clicked, this, &RunsTable::askForNewName);
    connect(m_session, &Session::projectChanged, this, &RunsTable::refresh);
    updateButtons();
}

void RunsTable::refresh() {
    const QStringList selected = selectedRunFolders();
    const std::string workFolder = QDir::toNativeSeparators(m_session->workFolder()).toStdString();
    m_runs = workFolder.empty() ? std::vector<RunSummary>{} : projectRuns(workFolder);
    {
        const QSignalBlocker quiet(m_table);
        m_table->clearContents();
        m_table->setRowCount(static_cast<int>(m_runs.size()));
        for (size_t row = 0; row < m_runs.size(); ++row)
            fillRow(static_cast<int>(row), m_runs[row]);
        m_table->resizeColumnsToContents();
    }
    // A refresh after every epoch keeps the selection: the compared curves are read again only
    // when the selection changed (a selected run gone).
    markSelected(selected);
    QStringList now = selectedRunFolders(), before = selected;
    now.sort();
    before.sort();
    if (now != before)
        Q_EMIT selectionChanged(selectedRunFolders());
}

void RunsTable::fillRow(int row, const RunSummary& run) {
    m_table->setItem(row, Name, item(QString::fromStdString(run.name)));
    m_table->item(row, Name)->setToolTip(QString::fromStdString(run.folder));
    QString model = QString::fromStdString(run.model);
    if (!run.pretrained.empty())
        model = tr("%1, pretrained").arg(model);
    m_table->setItem(row, Model, item(model));
    m_table->item(row, Model)
        ->setToolTip(run.pretrained.empty()
                         ? tr("from random weights")
                         : tr("from %1").arg(QString::fromStdString(run.pretrained)));
    m_table->setItem(row, Resolution,
                     item(run.heightPx == run.widthPx
                              ? QString::number(run.heightPx)
                              : QStringLiteral("%1 × %2").arg(run.heightPx).arg(run.widthPx)));
    m_table->setItem(row, Epochs,
                     item(QStringLiteral("%1 / %2").arg(run.epochsDone).arg(run.epochsPlanned)));
    m_table->setItem(
        row, BestF1,
        item(run.evaluated ? QString::number(run.bestF1, 'f', 1) : QStringLiteral("—")));
    m_table->setItem(
        row, Accuracy,
        item(run.evaluated && !run.multiLabel ? QString::number(run.bestAccuracy, 'f', 1)
                                              : QStringLiteral("—")));
    m_table->setItem(row, Time,
                     item(run.trainingSeconds > 0 ? DurationText::of(run.trainingSeconds)
                                                  : QStringLiteral("—")));
    m_table->setItem(row, State, item(stateText(run)));
    if (!run.failure.empty())
        m_table->item(row, State)->setToolTip(QString::fromStdString(run.failure));
}

QStringList RunsTable::selectedRunFolders() const {
    QStringList folders;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        if (index.row() < static_cast<int>(m_runs.size()))
            folders << QString::fromStdString(m_runs[static_cast<size_t>(index.row())].folder);
    return folders;
}

void RunsTable::selectRuns(const QStringList& folders) {
    markSelected(folders);
    Q_EMIT selectionChanged(selectedRunFolders());
}

void RunsTable::markSelected(const QStringList& folders) {
    {
        const QSignalBlocker quiet(m_table);
        m_table->clearSelection();
        for (size_t row = 0; row < m_runs.size(); ++row)
            if (folders.contains(QString::fromStdString(m_runs[row].folder)))
                m_table->selectionModel()->select(
                    m_table->model()->index(static_cast<int>(row), 0),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

void RunsTable::updateButtons() {
    const QStringList folders = selectedRunFolders();
    const RunSummary* only = nullptr;
    if (folders.size() == 1)
        for (const RunSummary& run : m_runs)
            if (QString::fromStdString(run.folder) == folders.front())
                only = &run;
    m_open->setEnabled(only != nullptr);
    m_rename->setEnabled(only && only->status != RunStatus::Running);
    m_continue->setEnabled(only && only->status == RunStatus::Interrupted);
}

void RunsTable::askForNewName() {
    const QStringList folders = selectedRunFolders();
    if (folders.size() != 1)
        return;
    bool accepted = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename the run"), tr("New name:"), QLineEdit::Normal,
                              QDir(folders.front()).dirName(), &accepted);
    if (accepted && !name.trimmed().isEmpty())
        renameRun(folders.front(), name.trimmed());
}

bool RunsTable::renameRun(const QString& folder, const QString& newName) {
    QString renamed;
    try {
        renamed =
            QString::fromStdString(faicls::renameRun(folder.toStdString(), newName.toStdString()));
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
        return false;
    }
    refresh();
    selectRuns({renamed});
    Q_EMIT runRenamed(folder, renamed);
    return true;
}

}  // namespace faicls::gui

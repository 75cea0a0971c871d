#include "review/review_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "common/explained_picture.h"
#include "common/model_picker.h"
#include "common/picture_icon.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "runner/engine_controller.h"
#include "runner/error_text.h"

namespace faicls::gui {

namespace {

QString splitText(Split split) {
    switch (split) {
        case Split::Train:
            return ReviewPage::tr("train");
        case Split::Valid:
            return ReviewPage::tr("valid");
        case Split::Test:
            return ReviewPage::tr("test");
    }
    return {};
}

}  // namespace

ReviewPage::ReviewPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    auto* layout = new QVBoxLayout(this);
    buildTopRow(layout);
    buildGallery(layout);
    buildEditRow(layout);
    buildApplyRow(layout);
    connectEngine();
    connectModelPicker(m_model);
    connect(m_session, &Session::modelBundleChanged, this, &ReviewPage::setModel);
    connect(m_session, &Session::datasetChanged, this, &ReviewPage::onDatasetChanged);
    connect(m_session, &Session::projectChanged, this, &ReviewPage::loadJournal);
    journalChanged();
}

void ReviewPage::buildTopRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* top = new QHBoxLayout;
    m_model = new ModelPicker(QStringLiteral("reviewModelEdit"), this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("reviewSourceCombo"));
    m_source->addItem(QString(), HeldOutPictures);
    m_source->addItem(QString(), TrainingPictures);
    texts->add([this] {
        m_source->setItemText(0, tr("Validation and test pictures (the model's scores)"));
        m_source->setItemText(1, tr("Training pictures (short trainings, cross-validated)"));
    });
    // Cross-validation: how many trainings, and how long each (the Model page's other settings).
    m_foldOptions = new QWidget(this);
    auto* foldRow = new QHBoxLayout(m_foldOptions);
    foldRow->setContentsMargins(0, 0, 0, 0);
    m_folds = new QSpinBox(m_foldOptions);
    m_folds->setObjectName(QStringLiteral("reviewFoldsSpin"));
    m_folds->setRange(2, 10);
    m_folds->setValue(CrossValidationOptions{}.folds);
    m_epochs = new QSpinBox(m_foldOptions);
    m_epochs->setObjectName(QStringLiteral("reviewEpochsSpin"));
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(5);
    foldRow->addWidget(texts->text(new QLabel(m_foldOptions), [] { return tr("Folds:"); }));
    foldRow->addWidget(m_folds);
    foldRow->addWidget(texts->text(new QLabel(m_foldOptions), [] { return tr("Epochs each:"); }));
    foldRow->addWidget(m_epochs);
    m_foldOptions->hide();
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const bool training = m_source->currentData().toInt() == TrainingPictures;
        m_foldOptions->setVisible(training);
        m_model->setEnabled(!training);
    });
    m_find = texts->text(new QPushButton(this), [] { return tr("Find likely label errors"); });
    m_find->setObjectName(QStringLiteral("findLabelErrorsButton"));
    m_cancel = texts->text(new QPushButton(this), [] { return tr("Cancel"); });
    m_cancel->setObjectName(QStringLiteral("cancelReviewButton"));
    m_cancel->setEnabled(false);
    connect(m_find, &QPushButton::clicked, this, &ReviewPage::findLabelErrors);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancel);
    top->addWidget(texts->text(new QLabel(this), [] { return tr("Model:"); }));
    top->addWidget(m_model, 1);
    top->addWidget(m_source);
    top->addWidget(m_foldOptions);
    top->addWidget(m_find);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    auto* statusRow = new QHBoxLayout;
    m_status = texts->text(new QLabel(this), [] {
        return tr(
            "Find the pictures whose labels are likely wrong, and the copies the scan "
            "found; fix them with one key.");
    });
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);
}

void ReviewPage::buildGallery(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* area = new QWidget(this);
    area->setObjectName(QStringLiteral("reviewArea"));
    auto* areaLayout = new QVBoxLayout(area);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    m_lists = new QTabBar(area);
    m_lists->setObjectName(QStringLiteral("reviewListTabs"));
    m_lists->addTab(QString());
    m_lists->addTab(QString());
    m_lists->setExpanding(false);
    texts->add([this] {
        m_lists->setTabText(LabelErrors, tr("Likely label errors (%1)").arg(m_labelErrors.size()));
        m_lists->setTabText(Copies, tr("Copies (%1)").arg(m_copies.size()));
    });
    connect(m_lists, &QTabBar::currentChanged, this,
            [this](int index) { showList(static_cast<List>(index)); });
    areaLayout->addWidget(m_lists);

    auto* splitter = new QSplitter(area);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setIconSize(QSize(48, 48));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(true);
    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_picture = new ExplainedPicture(m_engine, detail);
    m_picture->setObjectName(QStringLiteral("reviewPicture"));
    detailLayout->addWidget(m_picture, 1);
    m_caption = new QLabel(detail);
    m_caption->setObjectName(QStringLiteral("reviewCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_caption);
    m_heatMap =
        texts->text(new QCheckBox(detail), [] { return tr("Show where the model looked"); });
    m_heatMap->setObjectName(QStringLiteral("reviewHeatMapCheck"));
    m_heatMap->setChecked(true);
    detailLayout->addWidget(m_heatMap);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    areaLayout->addWidget(splitter, 1);
    layout->addWidget(area, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewPage::showCurrent);
    connect(m_heatMap, &QCheckBox::toggled, m_picture, &ExplainedPicture::setHeatMapShown);
    connect(m_picture, &ExplainedPicture::heatMapFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("No heat map: %1").arg(message));
    });
    m_picture->setHeatMapShown(true);
    addShortcuts(area);
}

void ReviewPage::buildEditRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* row = new QHBoxLayout;
    auto button = [&](const char* name, std::function<QString()> text, auto&& action) {
        auto* b = texts->text(new QPushButton(this), std::move(text));
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, action);
        row->addWidget(b);
        return b;
    };
    m_accept = button(
        "acceptSuggestionButton", [] { return tr("Accept the suggestion (A)"); },
        &ReviewPage::acceptSuggestion);
    m_relabelTo = new QComboBox(this);
    m_relabelTo->setObjectName(QStringLiteral("relabelCombo"));
    row->addWidget(m_relabelTo);
    m_relabel = button(
        "relabelButton", [] { return tr("Relabel (1–9)"); },
        [this] { relabelAs(m_relabelTo->currentIndex()); });
    m_exclude = button(
        "excludeButton", [] { return tr("Exclude (X)"); }, &ReviewPage::exclude);
    m_moveTrain = button(
        "moveToTrainButton", [] { return tr("To train (T)"); },
        [this] { moveToSplit(Split::Train); });
    m_moveValid = button(
        "moveToValidButton", [] { return tr("To valid (V)"); },
        [this] { moveToSplit(Split::Valid); });
    m_moveTest = button(
        "moveToTestButton", [] { return tr("To test (E)"); }, [this] { moveToSplit(Split::Test); });
    row->addStretch(1);
    m_undo = button(
        "undoEditButton", [] { return tr("Undo (Ctrl+Z)"); }, &ReviewPage::undoEdit);
    layout->addLayout(row);
}

void ReviewPage::buildApplyRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* row = new QHBoxLayout;
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingEditsLabel"));
    m_pending->setWordWrap(true);
    m_apply =
        texts->text(new QPushButton(this), [] { return tr("Apply the edits to the dataset…"); });
    m_apply->setObjectName(QStringLiteral("applyEditsButton"));
    m_undoApply = texts->text(new QPushButton(this), [] { return tr("Undo the last apply"); });
    m_undoApply->setObjectName(QStringLiteral("undoApplyButton"));
    row->addWidget(m_pending, 1);
    row->addWidget(m_apply);
    row->addWidget(m_undoApply);
    layout->addLayout(row);
    connect(m_apply, &QPushButton::clicked, this, &ReviewPage::confirmAndApply);
    connect(m_undoApply, &QPushButton::clicked, this, &ReviewPage::undoLastApply);
    texts->add([this] { journalChanged(); });
}

// The keys work while the gallery or the picture has the focus (not while a path is typed).
void ReviewPage::addShortcuts(QWidget* area) {
    auto shortcut = [&](const QKeySequence& keys, auto&& action) {
        auto* s = new QShortcut(keys, area);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence(Qt::Key_A), &ReviewPage::acceptSuggestion);
    shortcut(QKeySequence(Qt::Key_X), &ReviewPage::exclude);
    shortcut(QKeySequence(Qt::Key_Delete), &ReviewPage::exclude);
    shortcut(QKeySequence(Qt::Key_T), [this] { moveToSplit(Split::Train); });
    shortcut(QKeySequence(Qt::Key_V), [this] { moveToSplit(Split::Valid); });
    shortcut(QKeySequence(Qt::Key_E), [this] { moveToSplit(Split::Test); });
    shortcut(QKeySequence(QKeySequence::Undo), &ReviewPage::undoEdit);
    shortcut(QKeySequence(Qt::Key_Space), [this] { selectItem(currentItem() + 1); });
    for (int n = 1; n <= 9; ++n)
        shortcut(QKeySequence(Qt::Key(Qt::Key_0 + n)), [this, n] { relabelAs(n - 1); });
}

void ReviewPage::connectEngine() {
    for (EngineWorker* worker : {m_engine->taskWorker(), m_engine->trainingWorker()}) {
        connect(worker, &EngineWorker::reviewProgress, this,
                [this](const QString& phase, qint64 done, qint64 total) {
                    if (!m_reviewing)
                        return;
                    m_progress->setRange(0, total > 0 ? 1000 : 0);
                    if (total > 0)
                        m_progress->setValue(static_cast<int>(1000 * done / total));
                    m_status->setText(total > 0 ? tr("%1: %2 of %3").arg(phase).arg(done).arg(total)
                                                : phase);
                });
        connect(worker, &EngineWorker::labelReviewReady, this, &ReviewPage::showResult);
        connect(worker, &EngineWorker::labelReviewFailed, this, &ReviewPage::reviewEnded);
    }
    EngineWorker* tasks = m_engine->taskWorker();
    connect(tasks, &EngineWorker::editsApplied, this, [this](const AppliedEdits& applied) {
        m_apply->setEnabled(true);
        m_journal = {};  // done: the dataset has them now
        saveJournal();
        journalChanged();
        m_labelErrors.clear();  // their paths and labels are the old dataset's
        m_result = {};
        QString text = tr("Applied: %1 relabelled, %2 excluded, %3 moved. The dataset as it was "
                          "is kept in %4.")
                           .arg(applied.relabelled)
                           .arg(applied.excluded)
                           .arg(applied.moved)
                           .arg(QString::fromStdString(applied.backupFolder));
        if (applied.excluded > 0)
            text += QLatin1Char(' ') + tr("Excluded pictures are in %1.")
                                           .arg(QString::fromStdString(applied.excludedFolder));
        m_status->setText(text);
        Q_EMIT statusMessage(text);
        Q_EMIT datasetRewritten(datasetRoot());
    });
    connect(tasks, &EngineWorker::editsUndone, this, [this](const QString& root) {
        m_labelErrors.clear();
        m_result = {};
        m_status->setText(tr("The dataset is back as it was before the last apply."));
        Q_EMIT datasetRewritten(root);
    });
    connect(tasks, &EngineWorker::editsFailed, this, [this](const QString& message) {
        m_apply->setEnabled(true);
        journalChanged();
        m_status->setText(tr("The dataset was not changed: %1").arg(message));
        Q_EMIT errorOccurred(message);
    });
}

void ReviewPage::setModel(const QString& bundlePath) {
    m_model->setPath(bundlePath);
}

QString ReviewPage::datasetRoot() const {
    return m_session->hasDataset() ? QString::fromStdString(m_session->dataset().index->root)
                                   : QString();
}

bool ReviewPage::multiLabel() const {
    return m_session->hasDataset() && m_session->dataset().index->multiLabel;
}

void ReviewPage::findLabelErrors() {
    if (m_reviewing)
        return;
    if (!m_session->hasDataset()) {
        Q_EMIT errorOccurred(tr("Open a dataset first."));
        return;
    }
    const bool training = m_source->currentData().toInt() == TrainingPictures;
    if (training) {
        if (!m_session->experimentIsValid()) {
            Q_EMIT errorOccurred(
                tr("The Model page's settings have problems: fix them first (the trainings "
                   "of the cross-validation follow them)."));
            return;
        }
        if (m_engine->isTraining()) {
            Q_EMIT errorOccurred(tr("A training is running: wait for it or stop it first."));
            return;
        }
        TrainingRequest request;
        request.config = m_session->experiment();
        request.datasetRoot = m_session->dataset().index->root;
        request.dataset = m_session->dataset().index;
        CrossValidationOptions options;
        options.folds = m_folds->value();
        options.epochs = m_epochs->value();
        options.workFolder =
            QDir(m_session->workFolder()).filePath(QStringLiteral("review-folds")).toStdString();
        m_engine->reviewTrainingSplit(request, options);
    } else {
        if (m_model->path().isEmpty()) {
            Q_EMIT errorOccurred(tr("Choose a trained model first."));
            return;
        }
        m_engine->reviewLabels(m_model->path(), datasetRoot());
    }
    m_reviewing = true;
    m_find->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(
        training ? tr("Training %1 models, each on all folds but one…").arg(m_folds->value())
                 : tr("Scoring the validation and test pictures…"));
}

void ReviewPage::reviewEnded(const QString& failure) {
    if (!m_reviewing)
        return;
    m_reviewing = false;
    m_find->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    if (std::exchange(m_cancelled, false)) {
        m_status->setText(tr("Review cancelled."));  // asked for: not an error
        return;
    }
    if (!failure.isEmpty()) {
        m_status->setText(tr("No review: %1").arg(failure));
        Q_EMIT errorOccurred(failure);
    }
}

void ReviewPage::cancel() {
    if (!m_reviewing)
        return;
    m_cancelled = true;
    m_engine->cancelReview();
}

void ReviewPage::showResult(const LabelReviewResult& result) {
    if (!m_reviewing)
        return;
    reviewEnded({});
    if (result.datasetRoot != datasetRoot())
        return;  // the dataset changed meanwhile: the findings are another's
    m_result = result;
    m_labelErrors = labelErrorItems(result);
    m_status->setText(tr("%1 of %2 pictures are likely labelled wrongly (confident learning%3).")
                          .arg(m_labelErrors.size())
                          .arg(result.details.images.size())
                          .arg(result.bundlePath.isEmpty()
                                   ? tr(", scores of models trained without them")
                                   : QString()));
    m_lists->setTabText(LabelErrors, tr("Likely label errors (%1)").arg(m_labelErrors.size()));
    m_lists->setCurrentIndex(LabelErrors);
    showList(LabelErrors);
    m_list->setFocus();
    Q_EMIT reviewed();
}

void ReviewPage::onDatasetChanged() {
    m_labelErrors.clear();
    m_result = {};
    m_icons.clear();
    m_copies = m_session->hasDataset() ? copyItems(*m_session->dataset().index)
                                       : std::vector<ReviewItem>{};
    m_relabelTo->clear();
    if (m_session->hasDataset())
        for (size_t c = 0; c < m_session->dataset().index->classNames.size(); ++c)
            m_relabelTo->addItem(QStringLiteral("%1 %2").arg(c + 1).arg(
                QString::fromStdString(m_session->dataset().index->classNames[c])));
    m_lists->setTabText(LabelErrors, tr("Likely label errors (%1)").arg(0));
    m_lists->setTabText(Copies, tr("Copies (%1)").arg(m_copies.size()));
    loadJournal();
    fillList();
}

void ReviewPage::loadJournal() {
    m_journalDamaged = false;
    m_journal = {};
    if (m_session->hasProject()) {
        try {
            m_journal = readEditJournal(editJournalPath(m_session->projectFolder().toStdString()));
        } catch (const std::exception& error) {
            m_journalDamaged = true;
            Q_EMIT errorOccurred(
                tr("%1 Edits made now are not saved over it.").arg(ErrorText::describe(error)));
        }
    }
    journalChanged();
    for (int row = 0; row < m_list->count(); ++row)
        refreshItemText(row);
}

void ReviewPage::journalChanged() {
    const int count = static_cast<int>(m_journal.edits.size());
    QString where;
    if (m_session->hasProject() && !m_journalDamaged)
        where = tr("kept in %1")
                    .arg(QDir::toNativeSeparators(QString::fromStdString(
                        editJournalPath(m_session->projectFolder().toStdString()))));
    else
        where = tr("not kept after the app closes: open or create a project for that");
    m_pending->setText(count == 0 ? tr("No edits waiting.")
                                  : tr("%n edit(s) waiting, %1.", nullptr, count).arg(where));
    m_apply->setEnabled(count > 0 && m_session->hasDataset());
    m_undo->setEnabled(count > 0);
    m_undoApply->setEnabled(m_session->hasDataset() &&
                            canUndoAppliedEdits(datasetRoot().toStdString()));
}

void ReviewPage::saveJournal() {
    if (!m_session->hasProject() || m_journalDamaged)
        return;
    try {
        saveEditJournal(editJournalPath(m_session->projectFolder().toStdString()), m_journal);
    } catch (const std::exception& error) {
        Q_EMIT errorOccurred(ErrorText::describe(error));
    }
}

void ReviewPage::addEdit(DatasetEdit edit) {
    m_journal.add(std::move(edit));
    saveJournal();
    journalChanged();
    refreshItemText(currentItem());
    selectItem(currentItem() + 1);  // on to the next picture: a review is a run of keys
}

void ReviewPage::undoEdit() {
    if (m_journal.edits.empty())
        return;
    const QString undone = QString::fromStdString(m_journal.edits.back().relativePath);
    m_journal.edits.pop_back();
    saveJournal();
    journalChanged();
    const auto& shown = items();
    for (size_t row = 0; row < shown.size(); ++row)
        if (shown[row].relativePath == undone) {
            refreshItemText(static_cast<int>(row));
            selectItem(static_cast<int>(row));
            break;
        }
}

const std::vector<ReviewItem>& ReviewPage::items() const {
    return m_shown == LabelErrors ? m_labelErrors : m_copies;
}

int ReviewPage::currentItem() const {
    return m_list->currentRow();
}

void ReviewPage::selectItem(int row) {
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void ReviewPage::showList(List list) {
    m_shown = list;
    if (m_lists->currentIndex() != list)
        m_lists->setCurrentIndex(list);
    fillList();
}

void ReviewPage::fillList() {
    m_list->clear();
    for (const ReviewItem& item : items()) {
        auto* entry = new QListWidgetItem(m_list);
        entry->setToolTip(QDir::toNativeSeparators(item.relativePath));
        auto icon = m_icons.find(item.path);
        if (icon == m_icons.end())
            icon = m_icons.insert(item.path, pictureIcon(item.path));
        entry->setIcon(*icon);
    }
    for (int row = 0; row < m_list->count(); ++row)
        refreshItemText(row);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showCurrent();
}

QString ReviewPage::namesOf(const std::vector<int>& classIds) const {
    QStringList names;
    const auto& classNames = m_session->hasDataset() ? m_session->dataset().index->classNames
                                                     : std::vector<std::string>{};
    for (int id : classIds)
        names << (id >= 0 && static_cast<size_t>(id) < classNames.size()
                      ? QString::fromStdString(classNames[static_cast<size_t>(id)])
                      : QString::number(id));
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

QString ReviewPage::itemText(const ReviewItem& item) const {
    QString text;
    if (!item.isLabelError())
        text = (item.exactCopy
                    ? tr("Copy group %1 (same bytes)").arg(item.group + 1)
                    : tr("Copy group %1 (distance %2)").arg(item.group + 1).arg(item.distance)) +
               QStringLiteral(" · %1 · %2").arg(splitText(item.split), namesOf(item.labels));
    else if (item.suggested >= 0)
        text = tr("Labelled %1, looks like %2 (%3%)")
                   .arg(namesOf(item.labels), namesOf({item.suggested}))
                   .arg(item.suggestedScore * 100, 0, 'f', 0);
    else if (item.extra.empty())
        text = tr("Labels %1: missing %2").arg(namesOf(item.labels), namesOf(item.missing));
    else if (item.missing.empty())
        text = tr("Labels %1: wrong %2").arg(namesOf(item.labels), namesOf(item.extra));
    else
        text = tr("Labels %1: missing %2, wrong %3")
                   .arg(namesOf(item.labels), namesOf(item.missing), namesOf(item.extra));
    text += QLatin1Char('\n') + QFileInfo(item.relativePath).fileName();
    const PendingEdit pending = pendingEditOf(m_journal, item.relativePath.toStdString());
    if (pending.excluded) {
        text += QStringLiteral("  ✖ ") + tr("excluded");
    } else {
        if (pending.labels) {
            QStringList labels;
            for (const auto& label : *pending.labels)
                labels << QString::fromStdString(label);
            text += QStringLiteral("  ✔ → ") + labels.join(QStringLiteral(", "));
        }
        if (pending.split)
            text += QStringLiteral("  ✔ → ") + splitText(*pending.split);
    }
    return text;
}

void ReviewPage::refreshItemText(int row) {
    const auto& shown = items();
    if (row < 0 || row >= m_list->count() || static_cast<size_t>(row) >= shown.size())
        return;
    QListWidgetItem* entry = m_list->item(row);
    const ReviewItem& item = shown[static_cast<size_t>(row)];
    entry->setText(itemText(item));
    const PendingEdit pending = pendingEditOf(m_journal, item.relativePath.toStdString());
    entry->setForeground(pending.excluded ? palette().color(QPalette::Disabled, QPalette::Text)
                                          : palette().color(QPalette::Text));
    entry->setBackground(pending.any() && !pending.excluded ? QColor(0xE3, 0xF4, 0xE1)
                                                            : QColor(Qt::transparent));
    if (row == currentItem())
        showCurrent();
}

void ReviewPage::showCurrent() {
    const auto& shown = items();
    const int row = currentItem();
    const bool has = row >= 0 && static_cast<size_t>(row) < shown.size();
    for (QWidget* w : std::initializer_list<QWidget*>{m_accept, m_relabel, m_relabelTo, m_exclude,
                                                      m_moveTrain, m_moveValid, m_moveTest})
        w->setEnabled(has);
    if (!has) {
        m_picture->setPicture({});
        m_caption->setText(items().empty() && m_shown == LabelErrors
                               ? tr("No likely label errors to show: find them with a model.")
                               : QString());
        return;
    }
    const ReviewItem& item = shown[static_cast<size_t>(row)];
    m_accept->setEnabled(item.isLabelError());
    // The model the findings come from; for copies (or cross-validated findings), the page's.
    const QString model = m_result.bundlePath.isEmpty() || !item.isLabelError()
                              ? m_model->path()
                              : m_result.bundlePath;
    m_picture->setModel(model, item.explainedClass());
    m_picture->setPicture(item.path);
    QString caption = QStringLiteral("<b>%1</b><br>")
                          .arg(QDir::toNativeSeparators(item.relativePath).toHtmlEscaped());
    caption += tr("Split: %1 · labels: %2").arg(splitText(item.split), namesOf(item.labels));
    if (item.isLabelError()) {
        caption += QStringLiteral("<br>");
        if (item.suggested >= 0)
            caption += tr("The model says %1 (%2%).")
                           .arg(namesOf({item.suggested}))
                           .arg(item.suggestedScore * 100, 0, 'f', 0);
        else if (item.extra.empty())
            caption += tr("The model misses %1.").arg(namesOf(item.missing));
        else if (item.missing.empty())
            caption += tr("The model doubts %1.").arg(namesOf(item.extra));
        else
            caption += tr("The model misses %1 and doubts %2.")
                           .arg(namesOf(item.missing), namesOf(item.extra));
        if (!model.isEmpty() && item.explainedClass() >= 0)
            caption +=
                QLatin1Char(' ') +
                tr("The heat map shows where it sees %1.").arg(namesOf({item.explainedClass()}));
    }
    m_caption->setText(caption);
}

void ReviewPage::acceptSuggestion() {
    const auto& shown = items();
    const int row = currentItem();
    if (row < 0 || static_cast<size_t>(row) >= shown.size() || !shown[row].isLabelError())
        return;
    DatasetEdit edit;
    edit.kind = EditKind::Relabel;
    edit.relativePath = shown[row].relativePath.toStdString();
    const auto& classNames = m_session->dataset().index->classNames;
    for (int id : suggestedLabels(shown[row]))
        edit.labels.push_back(classNames.at(static_cast<size_t>(id)));
    addEdit(std::move(edit));
}

void ReviewPage::relabelAs(int classId) {
    const auto& shown = items();
    const int row = currentItem();
    if (row < 0 || static_cast<size_t>(row) >= shown.size() || !m_session->hasDataset())
        return;
    const auto& classNames = m_session->dataset().index->classNames;
    if (classId < 0 || static_cast<size_t>(classId) >= classNames.size())
        return;
    const ReviewItem& item = shown[static_cast<size_t>(row)];
    DatasetEdit edit;
    edit.kind = EditKind::Relabel;
    edit.relativePath = item.relativePath.toStdString();
    if (multiLabel()) {
        // The class is switched on or off in the labels the picture will have.
        const PendingEdit pending = pendingEditOf(m_journal, edit.relativePath);
        std::vector<std::string> labels;
        if (pending.labels)
            labels = *pending.labels;
        else
            for (int id : item.labels)
                labels.push_back(classNames.at(static_cast<size_t>(id)));
        const std::string& name = classNames[static_cast<size_t>(classId)];
        const auto found = std::find(labels.begin(), labels.end(), name);
        if (found == labels.end())
            labels.push_back(name);
        else
            labels.erase(found);
        edit.labels = labels;
        addEdit(std::move(edit));
        selectItem(row);  // several classes may change on one picture: stay on it
        return;
    }
    edit.labels = {classNames[static_cast<size_t>(classId)]};
    addEdit(std::move(edit));
}

void ReviewPage::exclude() {
    const auto& shown = items();
    const int row = currentItem();
    if (row < 0 || static_cast<size_t>(row) >= shown.size())
        return;
    DatasetEdit edit;
    edit.kind = EditKind::Exclude;
    edit.relativePath = shown[static_cast<size_t>(row)].relativePath.toStdString();
    addEdit(std::move(edit));
}

void ReviewPage::moveToSplit(Split split) {
    const auto& shown = items();
    const int row = currentItem();
    if (row < 0 || static_cast<size_t>(row) >= shown.size())
        return;
    DatasetEdit edit;
    edit.kind = EditKind::MoveToSplit;
    edit.relativePath = shown[static_cast<size_t>(row)].relativePath.toStdString();
    edit.split = split;
    addEdit(std::move(edit));
}

void ReviewPage::confirmAndApply() {
    if (m_journal.edits.empty() || !m_session->hasDataset())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Apply the edits"),
        tr("Write %n edit(s) into the dataset at %1? The dataset as it is now is kept beside it, "
           "and \"Undo the last apply\" puts it back.",
           nullptr, static_cast<int>(m_journal.edits.size()))
            .arg(QDir::toNativeSeparators(datasetRoot())));
    if (answer == QMessageBox::Yes)
        applyEdits();
}

void ReviewPage::applyEdits() {
    if (m_journal.edits.empty() || !m_session->hasDataset())
        return;
    m_apply->setEnabled(false);
    m_status->setText(
        tr("Applying %n edit(s)…", nullptr, static_cast<int>(m_journal.edits.size())));
    m_engine->applyEdits(datasetRoot(), m_journal);
}

void ReviewPage::undoLastApply() {
    if (!m_session->hasDataset())
        return;
    m_undoApply->setEnabled(false);
    m_engine->undoAppliedEdits(datasetRoot());
}

}  // namespace faicls::gui

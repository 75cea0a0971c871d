#pragma once

#include <QHash>
#include <QIcon>
#include <vector>

#include "common/page.h"
#include "faicls/dataset_edits.h"
#include "review/review_items.h"
#include "runner/engine_types.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabBar;
class QVBoxLayout;

namespace faicls::gui {

class ExplainedPicture;
class ModelPicker;

/// Review and fix the data: the pictures whose labels are likely wrong (confident learning on
/// a model's scores of the pictures it did not train on, or on k-fold scores of the training
/// pictures) and the groups of copies the scan found, as a gallery with the picture, its
/// labels, the model's view and its heat map. One key relabels (A: the suggestion, 1–9: class
/// N), excludes (X) or moves a picture to another split (T, V, E); Ctrl+Z undoes. The edits
/// are a journal, kept in the project (edits.json), and change the dataset only when applied
/// (atomically, and reversibly: "Undo the last apply").
class ReviewPage : public Page {
    Q_OBJECT
public:
    ReviewPage(EngineController* engine, Session* session, QWidget* parent = nullptr);

    enum Source { HeldOutPictures, TrainingPictures };
    enum List { LabelErrors, Copies };

    void setModel(const QString& bundlePath);
    /// Finds likely label errors in the chosen pictures (a job: progress, Cancel).
    void findLabelErrors();
    /// Stops the review under way (not an error: the page just says so).
    void cancel();
    void showList(List list);
    const std::vector<ReviewItem>& items() const;
    int currentItem() const;
    void selectItem(int row);
    const EditJournal& journal() const { return m_journal; }

    /// The edits, on the current picture; each moves on to the next picture.
    void acceptSuggestion();
    /// Single-label: the label becomes class `classId`; multi-label: the class is toggled.
    void relabelAs(int classId);
    void exclude();
    void moveToSplit(Split split);
    /// Takes back the journal's last edit (and shows its picture).
    void undoEdit();
    /// Writes the journal into the dataset now (no question asked; the button asks first).
    void applyEdits();
    void undoLastApply();

Q_SIGNALS:
    /// A review has been shown (its list filled).
    void reviewed();
    /// The dataset's files have changed (edits applied or undone): it should be scanned again.
    void datasetRewritten(const QString& root);

private:
    void buildTopRow(QVBoxLayout* layout);
    void buildGallery(QVBoxLayout* layout);
    void buildEditRow(QVBoxLayout* layout);
    void buildApplyRow(QVBoxLayout* layout);
    void connectEngine();
    void addShortcuts(QWidget* area);
    void showResult(const LabelReviewResult& result);
    void reviewEnded(const QString& failure);
    void onDatasetChanged();
    void loadJournal();
    void addEdit(DatasetEdit edit);
    void saveJournal();
    void journalChanged();
    void fillList();
    void refreshItemText(int row);
    void showCurrent();
    void confirmAndApply();
    QString itemText(const ReviewItem& item) const;
    QString namesOf(const std::vector<int>& classIds) const;
    QString datasetRoot() const;
    bool multiLabel() const;

    ModelPicker* m_model = nullptr;
    QComboBox* m_source = nullptr;
    QSpinBox* m_folds = nullptr;
    QSpinBox* m_epochs = nullptr;
    QWidget* m_foldOptions = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabBar* m_lists = nullptr;
    QListWidget* m_list = nullptr;
    ExplainedPicture* m_picture = nullptr;
    QCheckBox* m_heatMap = nullptr;
    QLabel* m_caption = nullptr;
    QComboBox* m_relabelTo = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_relabel = nullptr;
    QPushButton* m_exclude = nullptr;
    QPushButton* m_moveTrain = nullptr;
    QPushButton* m_moveValid = nullptr;
    QPushButton* m_moveTest = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_pending = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_undoApply = nullptr;

    bool m_reviewing = false;
    bool m_cancelled = false;    ///< the review under way was cancelled by the user
    LabelReviewResult m_result;  ///< the label errors shown (their model and scores)
    std::vector<ReviewItem> m_labelErrors;
    std::vector<ReviewItem> m_copies;
    List m_shown = LabelErrors;
    EditJournal m_journal;
    /// The project's edits.json could not be read: this session's edits are not written over it.
    bool m_journalDamaged = false;
    QHash<QString, QIcon> m_icons;  ///< gallery icons by picture, decoded once
};

}  // namespace faicls::gui

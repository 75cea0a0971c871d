#include "dataset/dataset_page.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <set>
#include "common/custom_plot.h"

#include "common/image_viewer.h"
#include "common/retranslator.h"
#include "common/session.h"
#include "dataset/class_samples_model.h"
#include "dataset/dataset_names.h"
#include "dataset/image_preview.h"
#include "dataset/thumbnail_model.h"
#include "runner/engine_controller.h"

namespace faicls::gui {

namespace {

constexpr int kSamplesPerClass = 8;

const QColor kSplitColours[kSplitCount] = {QColor(0x2E, 0x86, 0xC1), QColor(0xF3, 0x9C, 0x12),
                                           QColor(0x27, 0xAE, 0x60)};

QString splitTitle(int split) {
    switch (split) {
        case 0:
            return DatasetPage::tr("train");
        case 1:
            return DatasetPage::tr("valid");
        default:
            return DatasetPage::tr("test");
    }
}

QString severityTitle(ProblemSeverity severity) {
    switch (severity) {
        case ProblemSeverity::Error:
            return DatasetPage::tr("error");
        case ProblemSeverity::Warning:
            return DatasetPage::tr("warning");
        case ProblemSeverity::Info:
            return DatasetPage::tr("info");
    }
    return {};
}

}  // namespace

DatasetPage::DatasetPage(EngineController* engine, Session* session, QWidget* parent)
    : Page(engine, session, parent) {
    setAcceptDrops(true);
    Retranslator* texts = m_texts;
    auto* layout = new QVBoxLayout(this);
    buildPathRow(layout);

    m_summary = texts->text(new QLabel(this), [] { return tr("No dataset open."); });
    m_summary->setObjectName(QStringLiteral("datasetSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    layout->addWidget(m_tabs, 1);

    buildOverviewTab();
    buildImagesTab();
    buildProblemsTab();
    texts->add([this] {
        m_tabs->setTabText(0, tr("Overview"));
        m_tabs->setTabText(1, tr("Images"));
        m_problems->setHorizontalHeaderLabels(
            {tr("Severity"), tr("Problem"), tr("File"), tr("Details")});
        // What depends on the open dataset is written again in the new language.
        if (m_session->hasDataset())
            fillTexts(m_session->dataset());
        else
            m_tabs->setTabText(2, tr("Problems"));
    });

    connect(m_engine->taskWorker(), &EngineWorker::datasetScanned, this, &DatasetPage::showDataset);
    connect(m_engine->taskWorker(), &EngineWorker::scanFailed, this,
            [this](const QString& message) {
                m_scanning.clear();
                m_summary->setText(tr("Could not open the dataset: %1").arg(message));
                Q_EMIT errorOccurred(message);
            });
}

void DatasetPage::buildPathRow(QVBoxLayout* layout) {
    Retranslator* texts = m_texts;
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("datasetPathEdit"));
    texts->add([=] {
        m_path->setPlaceholderText(tr("Dataset folder — or drop a folder onto this window"));
    });
    auto* browse = texts->text(new QPushButton(this), [] { return tr("Browse…"); });
    browse->setObjectName(QStringLiteral("browseDatasetButton"));
    auto* rescan = texts->text(new QPushButton(this), [] { return tr("Scan"); });
    rescan->setObjectName(QStringLiteral("scanDatasetButton"));
    // How alike two pictures must be to count as copies: a perceptual-hash distance.
    m_nearDistance = new QSpinBox(this);
    m_nearDistance->setObjectName(QStringLiteral("nearDuplicateDistanceSpin"));
    m_nearDistance->setRange(-1, 8);
    m_nearDistance->setValue(QSettings()
                                 .value(QStringLiteral("dataset/nearDuplicateDistance"),
                                        ScanOptions{}.nearDuplicateDistance)
                                 .toInt());
    texts->add([this] {
        m_nearDistance->setSpecialValueText(tr("off"));
        m_nearDistance->setSuffix(tr(" bits"));
        m_nearDistance->setToolTip(
            tr("Near-duplicates: pictures whose 64-bit perceptual hashes differ in at most this "
               "many bits are reported as copies (resized, re-encoded, brightened). 0-3 finds "
               "copies; from about 4, different photos of one subject start to pair up."));
    });
    auto* nearLabel = texts->text(new QLabel(this), [] { return tr("Copies within:"); });
    pathRow->addWidget(texts->text(new QLabel(this), [] { return tr("Dataset:"); }));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(rescan);
    pathRow->addWidget(nearLabel);
    pathRow->addWidget(m_nearDistance);
    connect(m_nearDistance, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(QStringLiteral("dataset/nearDuplicateDistance"), value);
        if (m_session->hasDataset())  // the hashes are cached: a rescan is quick
            openFolder(QString::fromStdString(m_session->dataset().index->root));
    });
    layout->addLayout(pathRow);
    connect(browse, &QPushButton::clicked, this, &DatasetPage::browse);
    connect(rescan, &QPushButton::clicked, this, [this] { openFolder(m_path->text()); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFolder(m_path->text()); });
}

// Overview: images per class and split; a few pictures of each class (single-label) or the
// labels per image (multi-label); the figures the report has (sizes, imbalance, duplicates);
// the counts as a table.
void DatasetPage::buildOverviewTab() {
    auto* overview = new QWidget(m_tabs);
    auto* overviewLayout = new QHBoxLayout(overview);
    auto* charts = new QVBoxLayout;
    m_classChart = new QCustomPlot(overview);
    m_classChart->setObjectName(QStringLiteral("classChart"));
    m_classChart->setMinimumHeight(220);
    m_labelsChart = new QCustomPlot(overview);
    m_labelsChart->setObjectName(QStringLiteral("labelsPerImageChart"));
    m_labelsChart->setMinimumHeight(150);
    m_sampleModel = new ClassSamplesModel(kSamplesPerClass, this);
    m_samples = new QTableView(overview);
    m_samples->setObjectName(QStringLiteral("classSamplesGrid"));
    m_samples->setModel(m_sampleModel);
    m_samples->setIconSize(QSize(ThumbnailModel::kThumbnailPx, ThumbnailModel::kThumbnailPx));
    m_samples->horizontalHeader()->hide();
    m_samples->horizontalHeader()->setDefaultSectionSize(ThumbnailModel::kThumbnailPx + 8);
    m_samples->verticalHeader()->setDefaultSectionSize(ThumbnailModel::kThumbnailPx + 8);
    m_samples->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_samples->setShowGrid(false);
    m_samples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_samples->setSelectionMode(QAbstractItemView::SingleSelection);
    m_samples->setMinimumHeight(150);
    charts->addWidget(m_classChart, 2);
    charts->addWidget(m_labelsChart, 2);
    charts->addWidget(m_samples, 3);
    m_labelsChart->hide();
    overviewLayout->addLayout(charts, 3);
    auto* side = new QVBoxLayout;
    m_facts = new QLabel(overview);
    m_facts->setObjectName(QStringLiteral("datasetFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_countTable = new QTableWidget(overview);
    m_countTable->setObjectName(QStringLiteral("classCountTable"));
    m_countTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countTable->setSortingEnabled(true);
    m_countTable->verticalHeader()->hide();
    side->addWidget(m_facts);
    side->addWidget(m_countTable, 1);
    overviewLayout->addLayout(side, 2);
    m_tabs->addTab(overview, QString());
    connect(m_samples, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.data(ThumbnailModel::PathRole).isValid())
            return;
        ImageViewer::open(this, index.data(ThumbnailModel::PathRole).toString(),
                          index.data(Qt::ToolTipRole).toString());
    });
}

// Images: filters, a virtualised thumbnail grid, and the selected image large.
void DatasetPage::buildImagesTab() {
    Retranslator* texts = m_texts;
    auto* images = new QWidget(m_tabs);
    auto* imagesLayout = new QVBoxLayout(images);
    auto* filterRow = new QHBoxLayout;
    m_splitFilter = new QComboBox(images);
    m_splitFilter->setObjectName(QStringLiteral("splitFilter"));
    m_classFilter = new QComboBox(images);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    filterRow->addWidget(texts->text(new QLabel(images), [] { return tr("Split:"); }));
    filterRow->addWidget(m_splitFilter);
    filterRow->addWidget(texts->text(new QLabel(images), [] { return tr("Class:"); }));
    filterRow->addWidget(m_classFilter, 1);
    m_problemFilter = new QComboBox(images);
    m_problemFilter->setObjectName(QStringLiteral("problemFilter"));
    filterRow->addWidget(texts->text(new QLabel(images), [] { return tr("Problem:"); }));
    filterRow->addWidget(m_problemFilter, 1);
    imagesLayout->addLayout(filterRow);
    auto* splitter = new QSplitter(images);
    m_thumbnails = new ThumbnailModel(this);
    m_grid = new QListView(splitter);
    m_grid->setObjectName(QStringLiteral("thumbnailGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setMovement(QListView::Static);
    m_grid->setIconSize(QSize(ThumbnailModel::kThumbnailPx, ThumbnailModel::kThumbnailPx));
    m_grid->setGridSize(QSize(ThumbnailModel::kThumbnailPx + 8, ThumbnailModel::kThumbnailPx + 8));
    m_grid->setModel(m_thumbnails);
    m_preview = new ImagePreview(splitter);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    imagesLayout->addWidget(splitter, 1);
    m_tabs->addTab(images, QString());
    connect(m_splitFilter, &QComboBox::currentIndexChanged, this, &DatasetPage::applyFilter);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &DatasetPage::applyFilter);
    connect(m_problemFilter, &QComboBox::currentIndexChanged, this, &DatasetPage::applyFilter);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DatasetPage::showImage);
    connect(m_grid, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        ImageViewer::open(this, index.data(ThumbnailModel::PathRole).toString(),
                          index.data(Qt::ToolTipRole).toString());
    });
}

// Problems: every file the scan found wrong, with its path.
void DatasetPage::buildProblemsTab() {
    m_problems = new QTableWidget(0, 4, m_tabs);
    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Problem"), tr("File"), tr("Details")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSortingEnabled(true);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_problems, QString());
    // A row's picture opens in the app's viewer, when the file is one that can be shown.
    connect(m_problems, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const auto* item = m_problems->item(row, 0);
        if (!item || !m_session->hasDataset())
            return;
        const QString relative = item->data(Qt::UserRole).toString();
        const QString file =
            QDir(QString::fromStdString(m_session->dataset().index->root)).filePath(relative);
        if (QFileInfo(file).isFile())
            ImageViewer::open(this, file, m_problems->item(row, 3)->text());
    });
}

QString DatasetPage::currentFolder() const {
    return m_session->hasDataset() ? QString::fromStdString(m_session->dataset().index->root)
                                   : QString();
}

void DatasetPage::openFolder(const QString& folder) {
    if (folder.trimmed().isEmpty())
        return;
    m_path->setText(folder);
    m_scanning = folder;
    m_summary->setText(tr("Scanning %1…").arg(folder));
    ScanOptions options;
    options.nearDuplicateDistance = m_nearDistance->value();
    m_engine->scanDataset(folder, options);
}

void DatasetPage::browse() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"), m_path->text());
    if (!folder.isEmpty())
        openFolder(folder);
}

void DatasetPage::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void DatasetPage::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && QFileInfo(urls.first().toLocalFile()).isDir()) {
        openFolder(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void DatasetPage::showDataset(const ScannedDataset& dataset) {
    m_scanning.clear();
    m_session->setDataset(dataset);
    m_thumbnails->setDataset(dataset.index);
    m_sampleModel->setDataset(dataset.index);
    m_preview->clear();  // the previous dataset's picture
    fillTexts(dataset);
    Q_EMIT datasetOpened(QString::fromStdString(dataset.index->root));
}

void DatasetPage::fillTexts(const ScannedDataset& dataset) {
    const DatasetIndex& index = *dataset.index;
    const DatasetReport& report = dataset.report;
    const int total =
        report.imagesPerSplit[0] + report.imagesPerSplit[1] + report.imagesPerSplit[2];
    QString summary =
        tr("<b>%1</b> · %2 · %n class(es) · ", nullptr, static_cast<int>(index.classNames.size()))
            .arg(QString::fromStdString(index.root).toHtmlEscaped(),
                 DatasetNames::layout(index.layout));
    summary += tr("%n image(s) (train %1, valid %2, test %3)", nullptr, total)
                   .arg(report.imagesPerSplit[0])
                   .arg(report.imagesPerSplit[1])
                   .arg(report.imagesPerSplit[2]);
    summary += index.multiLabel ? tr(" · multi-label") : tr(" · single-label");
    if (index.validDrawnFromTrain)
        summary += report.imagesPerSplit[1] > 0
                       ? tr(" · no validation split on disk: one was drawn from train")
                       : tr(" · no validation split on disk, and the classes are too small to "
                            "draw one");
    if (report.errors + report.warnings > 0)
        summary += tr(" · <span style='color:#c0392b'>%1 error(s), %2 warning(s): see "
                      "Problems</span>")
                       .arg(report.errors)
                       .arg(report.warnings);
    m_summary->setText(summary);

    fillOverview(dataset);
    fillProblems(index);
    // The filters keep their choice across a change of language.
    const int split = m_splitFilter->currentIndex(), classId = m_classFilter->currentIndex(),
              problem = m_problemFilter->currentIndex();
    const bool sameDataset = m_filledRoot == QString::fromStdString(index.root);
    m_filledRoot = QString::fromStdString(index.root);
    m_splitFilter->blockSignals(true);
    m_classFilter->blockSignals(true);
    m_splitFilter->clear();
    m_splitFilter->addItem(tr("All"), -1);
    for (int s = 0; s < kSplitCount; ++s)
        m_splitFilter->addItem(splitTitle(s), s);
    m_classFilter->clear();
    m_classFilter->addItem(tr("All"), -1);
    for (size_t c = 0; c < index.classNames.size(); ++c)
        m_classFilter->addItem(QString::fromStdString(index.classNames[c]), static_cast<int>(c));
    // Problem kinds that concern usable images (duplicates, conversions, EXIF rotation...).
    m_problemFilter->blockSignals(true);
    m_problemFilter->clear();
    m_problemFilter->addItem(tr("Any"), -1);
    QSet<QString> imagePaths;
    for (const auto& image : index.images)
        imagePaths.insert(QString::fromStdString(image.relativePath));
    std::set<int> kinds;
    for (const auto& problem : index.problems)
        if (imagePaths.contains(QString::fromStdString(problem.path)))
            kinds.insert(static_cast<int>(problem.kind));
    for (int kind : kinds)
        m_problemFilter->addItem(DatasetNames::problemKind(static_cast<ProblemKind>(kind)), kind);
    m_problemFilter->setEnabled(!kinds.empty());
    if (sameDataset) {
        m_splitFilter->setCurrentIndex(split);
        m_classFilter->setCurrentIndex(classId);
        m_problemFilter->setCurrentIndex(problem);
    }
    m_problemFilter->blockSignals(false);
    m_splitFilter->blockSignals(false);
    m_classFilter->blockSignals(false);
}

void DatasetPage::fillOverview(const ScannedDataset& dataset) {
    fillClassChart(dataset);
    const bool multiLabel = dataset.index->multiLabel;
    m_labelsChart->setVisible(multiLabel);
    m_samples->setVisible(!multiLabel);
    if (multiLabel)
        fillLabelsChart(dataset.report);
    fillFacts(dataset);
    fillCountTable(dataset);
}

// What the CLI report says beside the counts: sizes, balance, copies, problems.
void DatasetPage::fillFacts(const ScannedDataset& dataset) {
    const DatasetIndex& index = *dataset.index;
    const DatasetReport& report = dataset.report;
    QStringList lines;
    if (report.maxWidthPx > 0)
        lines << tr("<b>Image sizes:</b> %1 × %2 to %3 × %4 px")
                     .arg(report.minWidthPx)
                     .arg(report.minHeightPx)
                     .arg(report.maxWidthPx)
                     .arg(report.maxHeightPx);
    if (report.imbalanceRatio > 0 && report.imbalanceRatio < 1.05)
        lines << tr("<b>Balance:</b> every class has about as many training images");
    else if (report.imbalanceRatio > 0)
        lines << tr("<b>Balance:</b> the largest class has %1× the images of the smallest "
                    "(train)%2")
                     .arg(report.imbalanceRatio, 0, 'f', 1)
                     .arg(report.imbalanceRatio >= 3
                              ? tr(" — consider class balancing (Model page, Training recipe)")
                              : QString());
    else if (index.classNames.size() > 1)
        lines << tr("<b>Balance:</b> a class has no training images");
    const int duplicateGroups = static_cast<int>(index.duplicates.size());
    const int acrossSplits = static_cast<int>(
        std::count_if(index.duplicates.begin(), index.duplicates.end(),
                      [](const DuplicateGroup& group) { return group.crossesSplits; }));
    lines << (duplicateGroups == 0
                  ? tr("<b>Duplicates:</b> no identical files")
                  : tr("<b>Duplicates:</b> %n group(s) of identical files", nullptr,
                       duplicateGroups) +
                        (acrossSplits > 0
                             ? tr(", %n across splits (they inflate validation figures)", nullptr,
                                  acrossSplits)
                             : QString()));
    const int nearGroups = static_cast<int>(index.nearDuplicates.size());
    const int nearAcross = static_cast<int>(
        std::count_if(index.nearDuplicates.begin(), index.nearDuplicates.end(),
                      [](const DuplicateGroup& group) { return group.crossesSplits; }));
    if (m_nearDistance->value() >= 0)
        lines << (nearGroups == 0
                      ? tr("<b>Near-duplicates:</b> none (pictures within %n bit(s))", nullptr,
                           m_nearDistance->value())
                      : tr("<b>Near-duplicates:</b> %n group(s) of resized or re-encoded copies",
                           nullptr, nearGroups) +
                            (nearAcross > 0 ? tr(", %n across splits", nullptr, nearAcross)
                                            : QString()));
    if (report.errors + report.warnings > 0)
        lines << tr("<b>Problems:</b> %1 error(s), %2 warning(s) (Problems tab)")
                     .arg(report.errors)
                     .arg(report.warnings);
    m_facts->setText(lines.join(QStringLiteral("<br>")));
}

// Grouped bars: one group per class, one bar per split.
void DatasetPage::fillClassChart(const ScannedDataset& dataset) {
    const DatasetIndex& index = *dataset.index;
    const DatasetReport& report = dataset.report;
    const int classes = static_cast<int>(index.classNames.size());
    m_classChart->clearPlottables();
    m_classChart->legend->setVisible(true);
    m_classChart->legend->setFont(font());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int c = 0; c < classes; ++c)
        ticker->addTick(c + 1, QString::fromStdString(index.classNames[static_cast<size_t>(c)]));
    m_classChart->xAxis->setTicker(ticker);
    // Turned when the names would not fit side by side under their bars.
    const QFontMetrics metrics(m_classChart->xAxis->tickLabelFont());
    int widest = 0;
    for (const std::string& name : index.classNames)
        widest = std::max(widest, metrics.horizontalAdvance(QString::fromStdString(name)));
    const int room = m_classChart->axisRect()->width() > 0 ? m_classChart->axisRect()->width()
                                                           : m_classChart->width();
    const bool crowded = classes > 6 || (widest + 12) * classes > room;
    m_classChart->xAxis->setTickLabelRotation(crowded ? 40 : 0);
    m_classChart->xAxis->setRange(0.4, classes + 0.8);
    m_classChart->yAxis->setLabel(tr("images"));
    auto* group = new QCPBarsGroup(m_classChart);
    double maximum = 1;
    for (int s = 0; s < kSplitCount; ++s) {
        if (report.imagesPerSplit[static_cast<size_t>(s)] == 0)
            continue;
        auto* bars = new QCPBars(m_classChart->xAxis, m_classChart->yAxis);
        bars->setName(splitTitle(s));
        bars->setPen(Qt::NoPen);
        bars->setBrush(kSplitColours[s]);
        bars->setWidth(0.8 / kSplitCount);
        bars->setBarsGroup(group);
        const auto& counts = report.imagesPerClass[static_cast<size_t>(s)];
        for (int c = 0; c < classes && c < static_cast<int>(counts.size()); ++c) {
            bars->addData(c + 1, counts[static_cast<size_t>(c)]);
            maximum = std::max(maximum, static_cast<double>(counts[static_cast<size_t>(c)]));
        }
    }
    // Head room for the legend, so that it never hides a bar.
    m_classChart->yAxis->setRange(0, maximum * 1.35);
    m_classChart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_classChart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_classChart->replot(QCustomPlot::rpQueuedReplot);
}

// Labels per image (train): 0, 1, 2, ... labels.
void DatasetPage::fillLabelsChart(const DatasetReport& report) {
    m_labelsChart->clearPlottables();
    const auto& histogram = report.labelsPerImage[0];
    auto* bars = new QCPBars(m_labelsChart->xAxis, m_labelsChart->yAxis);
    bars->setName(tr("train images"));
    bars->setBrush(kSplitColours[0]);
    bars->setPen(Qt::NoPen);
    double top = 1;
    for (size_t n = 0; n < histogram.size(); ++n) {
        bars->addData(static_cast<double>(n), histogram[n]);
        top = std::max(top, static_cast<double>(histogram[n]));
    }
    bars->setWidth(0.6);
    QSharedPointer<QCPAxisTickerFixed> integers(new QCPAxisTickerFixed);
    integers->setTickStep(1.0);
    integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_labelsChart->xAxis->setTicker(integers);
    m_labelsChart->xAxis->setLabel(tr("labels per image (train)"));
    m_labelsChart->yAxis->setLabel(tr("images"));
    m_labelsChart->xAxis->setRange(-0.5, std::max<double>(1.5, histogram.size() - 0.5));
    m_labelsChart->yAxis->setRange(0, top * 1.1);
    m_labelsChart->replot(QCustomPlot::rpQueuedReplot);
}

void DatasetPage::fillCountTable(const ScannedDataset& dataset) {
    const DatasetIndex& index = *dataset.index;
    const DatasetReport& report = dataset.report;
    const int classes = static_cast<int>(index.classNames.size());
    m_countTable->setSortingEnabled(false);
    m_countTable->clear();
    m_countTable->setRowCount(classes);
    m_countTable->setColumnCount(kSplitCount + 1);
    m_countTable->setHorizontalHeaderLabels(
        {tr("Class"), splitTitle(0), splitTitle(1), splitTitle(2)});
    for (int c = 0; c < classes; ++c) {
        m_countTable->setItem(
            c, 0,
            new QTableWidgetItem(QString::fromStdString(index.classNames[static_cast<size_t>(c)])));
        for (int s = 0; s < kSplitCount; ++s) {
            const auto& counts = report.imagesPerClass[static_cast<size_t>(s)];
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole,
                          c < static_cast<int>(counts.size()) ? counts[static_cast<size_t>(c)] : 0);
            m_countTable->setItem(c, s + 1, item);
        }
    }
    m_countTable->resizeColumnsToContents();
    m_countTable->setSortingEnabled(true);
}

void DatasetPage::fillProblems(const DatasetIndex& index) {
    m_problems->setSortingEnabled(false);
    m_problems->setRowCount(static_cast<int>(index.problems.size()));
    for (int row = 0; row < static_cast<int>(index.problems.size()); ++row) {
        const DatasetProblem& p = index.problems[static_cast<size_t>(row)];
        const QString path = QString::fromStdString(p.path);
        const QString message = QString::fromStdString(p.message);
        const QStringList cells = {severityTitle(p.severity), DatasetNames::problemKind(p.kind),
                                   path, message};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(path + QStringLiteral("\n") + message);  // long ones are cut
            item->setData(Qt::UserRole, path);
            m_problems->setItem(row, column, item);
        }
    }
    m_problems->resizeColumnsToContents();
    m_problems->setSortingEnabled(true);
    m_tabs->setTabText(2, tr("Problems (%1)").arg(index.problems.size()));
}

void DatasetPage::applyFilter() {
    m_thumbnails->setFilter(m_splitFilter->currentData().toInt(),
                            m_classFilter->currentData().toInt(),
                            m_problemFilter->currentData().toInt());
}

void DatasetPage::showImage(const QModelIndex& index) {
    if (!index.isValid() || !m_session->hasDataset())
        return;
    const auto& dataset = *m_session->dataset().index;
    m_preview->showImage(dataset.images.at(m_thumbnails->positionAt(index.row())),
                         dataset.classNames);
}

}  // namespace faicls::gui

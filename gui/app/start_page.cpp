#include "app/start_page.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "common/retranslator.h"
#include "faicls/version.h"

namespace faicls::gui {

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    auto* title = new QLabel(QString::fromUtf8(kApplicationName), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* texts = new Retranslator(this);
    auto* subtitle = new QLabel(this);
    subtitle->setWordWrap(true);
    texts->add([=] {
        subtitle->setText(
            tr("Train image classifiers on your own pictures, watch them learn, and "
               "use them — all on this computer."));
    });
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(24);

    auto addAction = [&](const QString& name, std::function<QString()> text,
                         std::function<QString()> description) {
        auto* button = new QCommandLinkButton(this);
        button->setObjectName(name);
        texts->add([=] {
            button->setText(text());
            button->setDescription(description());
        });
        layout->addWidget(button);
        return button;
    };
    connect(addAction(
                QStringLiteral("newProjectButton"), [] { return tr("New project…"); },
                [] {
                    return tr(
                        "A folder that keeps a dataset's trainings, their models and "
                        "settings together, to come back to.");
                }),
            &QCommandLinkButton::clicked, this, &StartPage::newProjectRequested);
    connect(addAction(
                QStringLiteral("openProjectButton"), [] { return tr("Open a project…"); },
                [] { return tr("Continue where you left off."); }),
            &QCommandLinkButton::clicked, this, &StartPage::openProjectRequested);
    connect(addAction(
                QStringLiteral("openDatasetButton"), [] { return tr("Open a dataset…"); },
                [] {
                    return tr(
                        "A folder with one sub-folder per class, or a Roboflow / COCO "
                        "export.");
                }),
            &QCommandLinkButton::clicked, this, &StartPage::openDatasetRequested);
    connect(
        addAction(
            QStringLiteral("openModelButton"), [] { return tr("Open a model…"); },
            [] { return tr("A trained model (.faicls) to predict with, evaluate or export."); }),
        &QCommandLinkButton::clicked, this, &StartPage::openModelRequested);
    connect(addAction(
                QStringLiteral("tryDemoButton"), [] { return tr("Try the demo"); },
                [] {
                    return tr(
                        "Fashion-MNIST pictures of clothes in ten classes, ready to train in "
                        "a minute.");
                }),
            &QCommandLinkButton::clicked, this, &StartPage::demoRequested);

    layout->addSpacing(16);
    auto* recentRow = new QHBoxLayout;
    auto addRecentList = [&](const QString& name, std::function<QString()> title) {
        auto* column = new QVBoxLayout;
        auto* label = new QLabel(this);
        texts->add([=] { label->setText(title()); });
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto* list = new QListWidget(this);
        list->setObjectName(name);
        list->setMaximumHeight(180);
        column->addWidget(label);
        column->addWidget(list);
        recentRow->addLayout(column, 1);
        return list;
    };
    m_recentProjects =
        addRecentList(QStringLiteral("recentProjectsList"), [] { return tr("Recent projects"); });
    m_recent =
        addRecentList(QStringLiteral("recentDatasetsList"), [] { return tr("Recent datasets"); });
    layout->addLayout(recentRow);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentDatasetChosen(item->text()); });
    connect(m_recentProjects, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentProjectChosen(item->text()); });
    layout->addStretch();
}

namespace {

void fillRecent(QListWidget* list, const QStringList& folders) {
    list->clear();
    list->addItems(folders);
    if (folders.isEmpty()) {
        auto* none = new QListWidgetItem(StartPage::tr("None yet"), list);
        none->setFlags(Qt::NoItemFlags);
    }
}

}  // namespace

void StartPage::setRecentDatasets(const QStringList& folders) {
    fillRecent(m_recent, folders);
}

void StartPage::setRecentProjects(const QStringList& folders) {
    fillRecent(m_recentProjects, folders);
}

}  // namespace faicls::gui

#include "app/start_page.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

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
    auto* subtitle = new QLabel(
        tr("Train image classifiers on your own pictures, watch them learn, and use them — "
           "all on this computer."),
        this);
    subtitle->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(24);

    auto addAction = [&](const QString& name, const QString& text, const QString& description) {
        auto* button = new QCommandLinkButton(text, description, this);
        button->setObjectName(name);
        layout->addWidget(button);
        return button;
    };
    connect(addAction(QStringLiteral("openDatasetButton"), tr("Open a dataset…"),
                      tr("A folder with one sub-folder per class, or a Roboflow / COCO export.")),
            &QCommandLinkButton::clicked, this, &StartPage::openDatasetRequested);
    connect(addAction(QStringLiteral("openModelButton"), tr("Open a model…"),
                      tr("A trained model (.faicls) to predict with, evaluate or export.")),
            &QCommandLinkButton::clicked, this, &StartPage::openModelRequested);
    connect(addAction(QStringLiteral("tryDemoButton"), tr("Try the demo"),
                      tr("Fashion-MNIST pictures of clothes in ten classes, ready to train in "
                         "a minute.")),
            &QCommandLinkButton::clicked, this, &StartPage::demoRequested);

    layout->addSpacing(16);
    auto* recentLabel = new QLabel(tr("Recent datasets"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    layout->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentDatasetsList"));
    m_recent->setMaximumHeight(160);
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentDatasetChosen(item->text()); });
    layout->addStretch();
}

void StartPage::setRecentDatasets(const QStringList& folders) {
    m_recent->clear();
    m_recent->addItems(folders);
    if (folders.isEmpty()) {
        auto* none = new QListWidgetItem(tr("None yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

}  // namespace faicls::gui

#include "app/start_page.h"

#include <QCommandLinkButton>
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
    auto* recentLabel = new QLabel(this);
    texts->add([=] { recentLabel->setText(tr("Recent datasets")); });
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

#include "app/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace faicls::gui {

void installTranslations(QCoreApplication& application) {
    const QString folder = QStringLiteral(":/faicls/translations");
    auto* english = new QTranslator(&application);
    if (english->load(QStringLiteral("faicls_en"), folder))
        QCoreApplication::installTranslator(english);
    auto* local = new QTranslator(&application);
    if (QLocale().language() != QLocale::English &&
        local->load(QLocale(), QStringLiteral("faicls"), QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(local);
    else
        delete local;
}

}  // namespace faicls::gui

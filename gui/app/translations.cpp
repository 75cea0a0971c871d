#include "app/translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace faicls::gui {

namespace {

const QString kFolder = QStringLiteral(":/faicls/translations");

struct Installed {
    QTranslator english;  // plural forms of the English source strings
    QTranslator local;
    QString code;
    bool haveEnglish = false, haveLocal = false;
};

Installed& installed() {
    static Installed state;
    return state;
}

}  // namespace

QList<QPair<QString, QString>> availableLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("it"), QStringLiteral("Italiano")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString currentLanguage() {
    return installed().code;
}

void setLanguage(const QString& code) {
    Installed& state = installed();
    if (state.haveLocal)
        QCoreApplication::removeTranslator(&state.local);
    if (!state.haveEnglish)
        state.haveEnglish = state.english.load(QStringLiteral("faicls_en"), kFolder) &&
                            QCoreApplication::installTranslator(&state.english);
    state.code = code;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    // Installing (or removing) a translator sends LanguageChange to every widget.
    state.haveLocal =
        locale.language() != QLocale::English &&
        state.local.load(locale, QStringLiteral("faicls"), QStringLiteral("_"), kFolder) &&
        QCoreApplication::installTranslator(&state.local);
    if (!state.haveLocal && state.haveEnglish) {
        // Back to English: re-install it so that widgets hear of the change.
        QCoreApplication::removeTranslator(&state.english);
        QCoreApplication::installTranslator(&state.english);
    }
    // Qt posts the LanguageChange events: deliver them now, so the window has changed language
    // when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void installTranslations(QCoreApplication&) {
    setLanguage(QSettings().value(QStringLiteral("language")).toString());
}

}  // namespace faicls::gui

#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace faicls::gui {

/// Installs the embedded translations for the language saved in the preferences, or the system
/// locale's. Call once, after the application exists.
void installTranslations(QCoreApplication& application);

/// Switches the language now: "de", "fr", "it", "es", "zh_CN", "en", or "" for the system
/// locale's. Every widget receives QEvent::LanguageChange and re-translates itself.
void setLanguage(const QString& code);
/// The language chosen with setLanguage ("" = the system's).
QString currentLanguage();
/// The languages of the embedded translations: code and native name.
QList<QPair<QString, QString>> availableLanguages();

}  // namespace faicls::gui

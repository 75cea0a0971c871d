#pragma once

class QCoreApplication;

namespace faicls::gui {

/// Installs the embedded translations: English (the plural forms of the source strings), then
/// the system locale's language when there is one. Call once, after the application exists.
void installTranslations(QCoreApplication& application);

}  // namespace faicls::gui

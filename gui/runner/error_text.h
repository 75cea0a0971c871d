#pragma once

#include <QCoreApplication>
#include <QString>
#include <exception>

namespace faicls::gui {

/// What went wrong, for the window: the engine's error code as a translated title, then the
/// engine's detail (which names the file). Other exceptions keep their message.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const std::exception& error);
};

}  // namespace faicls::gui

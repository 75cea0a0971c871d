#pragma once

#include <QCoreApplication>
#include <QString>

namespace faicls::gui {

/// A duration as people read it ("1 h 5 min", "3 min 20 s", "42 s"), translated.
class DurationText {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
public:
    static QString of(double seconds);
};

}  // namespace faicls::gui

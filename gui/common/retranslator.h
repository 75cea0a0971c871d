#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>
#include <functional>
#include <vector>

namespace faicls::gui {

/// Holds the code that sets a widget's user-visible texts: runs it at once, and again whenever
/// the language changes (Qt sends QEvent::LanguageChange to every widget when a translator is
/// installed or removed), so the whole window re-translates without a restart.
class Retranslator : public QObject {
public:
    explicit Retranslator(QWidget* watched) : QObject(watched) {
        watched->installEventFilter(this);
    }

    void add(std::function<void()> apply) {
        apply();
        m_apply.push_back(std::move(apply));
    }

    /// `widget->setText(text())` now and after each change of language; returns `widget`.
    template <typename Widget>
    Widget* text(Widget* widget, std::function<QString()> text) {
        add([widget, text] { widget->setText(text()); });
        return widget;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::LanguageChange && watched == parent())
            for (const auto& apply : m_apply)
                apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::vector<std::function<void()>> m_apply;
};

}  // namespace faicls::gui

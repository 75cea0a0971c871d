#pragma once

#include <QWidget>

namespace faicls::gui {

class EngineController;
class ModelPicker;
class Retranslator;
class Session;

/// What every page of the window shares: the engine door, the shared session, the texts that
/// re-translate on a language change, and one signal for errors (the window shows them).
class Page : public QWidget {
    Q_OBJECT
public:
    /// `engine` may be null for a page that runs no engine jobs.
    Page(EngineController* engine, Session* session, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A problem to show the user, in plain words.
    void errorOccurred(const QString& message);
    /// Something done or noted that needs no answer (the window's status bar shows it).
    void statusMessage(const QString& message);

protected:
    /// The model row of a page: what the user picks there becomes every page's model if it
    /// opens; if it does not, the error is shown and the row shows the current model again.
    /// The page follows the current model through Session::modelBundleChanged.
    void connectModelPicker(ModelPicker* picker);

    EngineController* const m_engine;
    Session* const m_session;
    Retranslator* const m_texts;
};

}  // namespace faicls::gui

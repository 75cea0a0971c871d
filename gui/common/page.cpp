#include "common/page.h"

#include "common/model_picker.h"
#include "common/retranslator.h"
#include "common/session.h"

namespace faicls::gui {

Page::Page(EngineController* engine, Session* session, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_session(session), m_texts(new Retranslator(this)) {}

void Page::connectModelPicker(ModelPicker* picker) {
    connect(picker, &ModelPicker::chosen, this, [this, picker](const QString& path) {
        if (path == m_session->modelBundle())
            return;
        QString problem;
        if (!path.isEmpty() && !m_session->openModelBundle(path, problem))
            Q_EMIT errorOccurred(problem);
        if (m_session->modelBundle() != path)
            picker->setPath(m_session->modelBundle());
    });
}

}  // namespace faicls::gui

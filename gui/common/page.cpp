#include "common/page.h"

#include "common/retranslator.h"

namespace faicls::gui {

Page::Page(EngineController* engine, Session* session, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_session(session), m_texts(new Retranslator(this)) {}

}  // namespace faicls::gui

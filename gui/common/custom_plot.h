#pragma once

// QCustomPlot's header uses the `signals`/`slots`/`emit`/`foreach` keywords that the project turns
// off (QT_NO_KEYWORDS, because they clash with torch): give them back for this one header.
#ifndef signals
#define signals Q_SIGNALS
#define FAICLS_DEFINED_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define FAICLS_DEFINED_SLOTS
#endif
#ifndef emit
#define emit Q_EMIT
#define FAICLS_DEFINED_EMIT
#endif

#ifndef foreach
#define foreach Q_FOREACH
#define FAICLS_DEFINED_FOREACH
#endif

#include <qcustomplot.h>

#ifdef FAICLS_DEFINED_FOREACH
#undef foreach
#undef FAICLS_DEFINED_FOREACH
#endif

#ifdef FAICLS_DEFINED_SIGNALS
#undef signals
#undef FAICLS_DEFINED_SIGNALS
#endif
#ifdef FAICLS_DEFINED_SLOTS
#undef slots
#undef FAICLS_DEFINED_SLOTS
#endif
#ifdef FAICLS_DEFINED_EMIT
#undef emit
#undef FAICLS_DEFINED_EMIT
#endif

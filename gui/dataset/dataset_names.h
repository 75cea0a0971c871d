#pragma once

#include <QCoreApplication>
#include <QString>

#include "faicls/dataset.h"

namespace faicls::gui {

/// What a person reads for the engine's stable identifiers (CLASSIFICATION_FOLDER,
/// converted_image...): translated names.
class DatasetNames {
    Q_DECLARE_TR_FUNCTIONS(DatasetNames)
public:
    static QString layout(DatasetLayout layout);
    static QString problemKind(ProblemKind kind);
};

}  // namespace faicls::gui

#include "common/session.h"

#include <QDir>
#include <QStandardPaths>

#include "faicls/model_bundle.h"
#include "runner/error_text.h"

namespace faicls::gui {

QString Session::workFolder() const {
    return hasProject() ? m_projectFolder
                        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Session::openModelBundle(const QString& path, QString& problem) {
    try {
        (void)readBundleInfo(path.toStdString());
    } catch (const std::exception& error) {
        problem = ErrorText::describe(error);
        return false;
    }
    setModelBundle(path);
    return true;
}

}  // namespace faicls::gui

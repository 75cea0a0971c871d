#include "runner/error_text.h"

#include "faicls/engine_error.h"

namespace faicls::gui {

QString ErrorText::describe(const std::exception& error) {
    const QString detail = QString::fromUtf8(error.what());
    const auto* engine = dynamic_cast<const EngineError*>(&error);
    if (!engine)
        return detail;
    QString title;
    switch (engine->code()) {
        case ErrorCode::FileNotFound:
            title = tr("File not found");
            break;
        case ErrorCode::InvalidFile:
            title = tr("The file cannot be used");
            break;
        case ErrorCode::UnsafeFile:
            title = tr("Unsafe file refused (nothing in it was run)");
            break;
        case ErrorCode::UnsupportedFormat:
            title = tr("Format not supported");
            break;
        case ErrorCode::InvalidConfig:
            title = tr("The configuration has problems");
            break;
        case ErrorCode::ArchitectureMismatch:
            title = tr("The weights do not fit this network");
            break;
        case ErrorCode::WriteFailed:
            title = tr("A file could not be written");
            break;
        case ErrorCode::Runtime:
            title = tr("The engine stopped with an error");
            break;
        case ErrorCode::Cancelled:
            title = tr("Cancelled");
            break;
        case ErrorCode::DownloadFailed:
            title = tr("The download did not complete");
            break;
    }
    return tr("%1: %2").arg(title, detail);
}

}  // namespace faicls::gui

#pragma once

// The local weights server of the download tests (python/weights_server.py): 127.0.0.1 only,
// a port chosen at run time, every request logged.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace faicls::test {

class WeightsServer {
public:
    struct Misbehaviour {
        int dropAfterBytes = 0;  ///< the first `dropTimes` responses stop after this many bytes
        int dropTimes = 0;
        double chunkDelaySeconds = 0;  ///< a pause after every 64 KiB sent
    };

    /// Serves the files of `root`; "" on success, else what went wrong.
    QString start(const QString& root, const Misbehaviour& misbehaviour);
    QString start(const QString& root) { return start(root, Misbehaviour{}); }
    void stop();
    ~WeightsServer() { stop(); }

    int port() const { return m_port; }
    /// http://127.0.0.1:PORT/NAME
    std::string url(const std::string& name) const;
    /// The requests it has answered so far: {"path": ..., "range": ... or null}.
    std::vector<nlohmann::json> requests() const;

private:
    QProcess m_process;
    QTemporaryDir m_logDir;
    int m_port = 0;
};

/// A catalogue file with one entry per {name, url, sha256, backbone}, for FAICLS_WEIGHTS_CATALOG.
void writeTestCatalog(const std::string& path, const std::vector<nlohmann::json>& entries);

/// A port on 127.0.0.1 that nothing listens on (bound, then released).
int unusedLocalPort();

}  // namespace faicls::test

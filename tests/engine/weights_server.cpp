#include "weights_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QFile>
#include <fstream>

namespace faicls::test {

QString WeightsServer::start(const QString& root, const Misbehaviour& misbehaviour) {
    m_process.setProgram(QStringLiteral(FAICLS_TEST_PYTHON));
    m_process.setArguments({QStringLiteral(FAICLS_TEST_SCRIPTS) + "/weights_server.py", root,
                            m_logDir.filePath("requests.jsonl"), "--drop-after",
                            QString::number(misbehaviour.dropAfterBytes), "--drop-times",
                            QString::number(misbehaviour.dropTimes), "--chunk-delay",
                            QString::number(misbehaviour.chunkDelaySeconds)});
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return "the weights server did not start: " + m_process.errorString();
    while (!m_process.canReadLine())
        if (!m_process.waitForReadyRead(20000))
            return "the weights server said nothing: " +
                   QString::fromLocal8Bit(m_process.readAllStandardError());
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith("PORT "))
        return "unexpected first line of the weights server: " + line;
    m_port = line.mid(5).toInt();
    return {};
}

void WeightsServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

std::string WeightsServer::url(const std::string& name) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + "/" + name;
}

std::vector<nlohmann::json> WeightsServer::requests() const {
    std::vector<nlohmann::json> lines;
    std::ifstream log(m_logDir.filePath("requests.jsonl").toStdString());
    std::string line;
    while (std::getline(log, line))
        lines.push_back(nlohmann::json::parse(line));
    return lines;
}

void writeTestCatalog(const std::string& path, const std::vector<nlohmann::json>& entries) {
    std::ofstream(path) << nlohmann::json{{"format", 1}, {"entries", entries}}.dump(2);
}

int unusedLocalPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

}  // namespace faicls::test

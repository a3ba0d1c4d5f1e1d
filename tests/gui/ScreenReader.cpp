// SPDX-License-Identifier: Apache-2.0
#include "ScreenReader.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>

namespace tempcards::test {

namespace {

const QString kScript = QStringLiteral(TEMPCARDS_SOURCE_DIR "/tests/gui/atspi/screen_reader.py");
// An AT-SPI walk of a main window is a few thousand D-Bus round trips.
constexpr int kReplyTimeoutMs = 60000;

SpokenNode nodeOf(const QJsonObject &object)
{
    SpokenNode node;
    node.role = object.value(QLatin1String("role")).toString();
    node.name = object.value(QLatin1String("name")).toString();
    node.description = object.value(QLatin1String("description")).toString();
    for (const QJsonValue &state : object.value(QLatin1String("states")).toArray())
        node.states << state.toString();
    return node;
}

QString lineOf(const QJsonObject &event)
{
    return QStringLiteral("%1: %2 '%3'")
        .arg(event.value(QLatin1String("event")).toString(), event.value(QLatin1String("role")).toString(),
             event.value(QLatin1String("name")).toString());
}

} // namespace

ScreenReader::ScreenReader()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readLines(); });
    m_process.start(QStringLiteral("/usr/bin/python3"), {kScript, QString::number(QCoreApplication::applicationPid())});
    REQUIRE(m_process.waitForStarted());
    const QJsonObject ready = request({});
    INFO(QJsonDocument(ready).toJson().toStdString());
    REQUIRE(ready.value(QLatin1String("ready")).toBool());
}

ScreenReader::~ScreenReader()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

void ScreenReader::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    for (int end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QJsonObject line = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        if (line.contains(QLatin1String("event")))
            m_events << line;
        else
            m_replies << line;
    }
}

// An empty command only waits for the next reply (the reader's "ready").
QJsonObject ScreenReader::request(const QJsonObject &command)
{
    if (!command.isEmpty())
        m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    const bool answered =
        waitFor([this] { return !m_replies.isEmpty() || m_process.state() != QProcess::Running; }, kReplyTimeoutMs);
    INFO("the screen reader answers " << QJsonDocument(command).toJson().toStdString());
    REQUIRE(answered);
    REQUIRE_FALSE(m_replies.isEmpty());
    const QJsonObject reply = m_replies.takeFirst();
    INFO(reply.value(QLatin1String("error")).toString().toStdString());
    REQUIRE_FALSE(reply.contains(QLatin1String("error")));
    return reply;
}

QList<SpokenNode> ScreenReader::tree()
{
    QList<SpokenNode> nodes;
    for (const QJsonValue &node :
         request({{QStringLiteral("op"), QStringLiteral("tree")}}).value(QLatin1String("nodes")).toArray())
        nodes << nodeOf(node.toObject());
    return nodes;
}

QList<SpokenNode> ScreenReader::find(const QString &role, const QString &name)
{
    QList<SpokenNode> found;
    for (const SpokenNode &node : tree()) {
        if (node.role == role && node.name == name && node.has(QStringLiteral("showing")))
            found << node;
    }
    return found;
}

void ScreenReader::press(const QString &role, const QString &name)
{
    request({{QStringLiteral("op"), QStringLiteral("press")},
             {QStringLiteral("role"), role},
             {QStringLiteral("name"), name}});
}

bool ScreenReader::heard(const QString &text, int timeoutMs)
{
    return waitFor(
        [&] {
            for (const QJsonObject &event : qAsConst(m_events)) {
                if (event.value(QLatin1String("name")).toString() == text ||
                    event.value(QLatin1String("text")).toString() == text)
                    return true;
            }
            return false;
        },
        timeoutMs);
}

QString ScreenReader::heardSoFar() const
{
    QStringList lines;
    for (const QJsonObject &event : m_events)
        lines << lineOf(event);
    return lines.join(QLatin1Char('\n'));
}

void ScreenReader::forget()
{
    QCoreApplication::processEvents();
    m_events.clear();
}

QStringList ScreenReader::silent(const QList<SpokenNode> &nodes)
{
    // Roles whose whole point is what they say.
    static const QStringList speaking = {QStringLiteral("label"), QStringLiteral("status bar"), QStringLiteral("alert"),
                                         QStringLiteral("notification")};
    QStringList silent;
    for (const SpokenNode &node : nodes) {
        if (!node.has(QStringLiteral("showing")))
            continue;
        // A process's Smart ID name ("TempCardsProcLock") is no description for a person.
        if (node.description.startsWith(QLatin1String("TempCards")))
            silent << QStringLiteral("%1 '%2' is described by an internal name: %3")
                          .arg(node.role, node.name, node.description);
        if (!node.name.trimmed().isEmpty())
            continue;
        if (node.has(QStringLiteral("focusable")) || speaking.contains(node.role))
            silent << QStringLiteral("%1 (%2)").arg(node.role, node.description);
    }
    return silent;
}

} // namespace tempcards::test

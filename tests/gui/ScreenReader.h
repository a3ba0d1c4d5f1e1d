// SPDX-License-Identifier: Apache-2.0
#pragma once
// The client as a screen reader meets it over AT-SPI: tests/gui/atspi/screen_reader.py runs beside this
// process, reads its accessibility tree from the accessibility bus and hears its events, as Orca does. Only
// under a real X server with a D-Bus session and an accessibility bus (scripts/desktop-test.sh).
//
// Every call waits with the event loop running, since each AT-SPI question the reader asks is answered by
// this process's own event loop.
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace tempcards::test {

struct SpokenNode
{
    QString role;
    QString name;
    QString description;
    QStringList states;
    bool has(const QString &state) const { return states.contains(state); }
};

class ScreenReader
{
public:
    // Starts the reader on this process and waits until it found the client on the bus (REQUIREd).
    ScreenReader();
    ~ScreenReader();

    // Every object of the client's showing windows (without the rows of tables and lists).
    QList<SpokenNode> tree();
    // The showing objects of `role` whose name is `name`.
    QList<SpokenNode> find(const QString &role, const QString &name);
    // Presses the showing object of `role` named `name` through its AT-SPI action, as a switch or a
    // screen reader's "activate" does. REQUIREs it is there.
    void press(const QString &role, const QString &name);
    // Waits until the reader heard `text` (a name that changed, an object that appeared, text inserted)
    // since the last call to forget(); true when it did within `timeoutMs`.
    bool heard(const QString &text, int timeoutMs = 10000);
    // Everything heard since the last forget(), "event: role 'name'" per line, for failure messages.
    QString heardSoFar() const;
    void forget();

    // "push button (what it does)" for every showing object a person can focus, or that shows a message,
    // without a name, and every one described by a process's internal name. Empty when every one speaks.
    static QStringList silent(const QList<SpokenNode> &nodes);

private:
    QJsonObject request(const QJsonObject &command);
    void readLines();

    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_events;
};

} // namespace tempcards::test

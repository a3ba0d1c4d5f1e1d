// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace tempcards {

// One client per desktop session, as KeePassXC has it: the first start owns the session bus name
// org.tempcards.tempcards and answers Activate() on /org/tempcards/Client; a later start asks it to come
// to the front and ends. Without a session bus (over ssh, on a bare X server) every start runs on its own.
// Lives on the GUI thread; activationRequested() is emitted there, once per later start.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.tempcards.Client")

public:
    static constexpr int kCallTimeoutMs = 3000; // a running client that does not answer in time is ignored

    enum class Start {
        First,          // this process holds the name now
        AlreadyRunning, // another client holds it and was asked to come to the front
        Alone,          // no session bus, or the name could be neither taken nor asked: run on our own
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the name, or asks the client that holds it to come to the front (waiting at most
    // kCallTimeoutMs: called once at start, before any window shows). `serviceName` is for tests.
    Start claim(const QString &serviceName = QStringLiteral("org.tempcards.tempcards"));

public slots:
    // Called over D-Bus by a later start.
    Q_SCRIPTABLE void Activate();

signals:
    void activationRequested();

private:
    QString m_serviceName; // held while set
};

} // namespace tempcards

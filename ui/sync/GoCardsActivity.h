// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace tempcards {

class GoCardsClient;

// "Waiting for Nexus GO Cards…" with a running bar, in the status bar, while any request of `client` is on
// the wire (an operator's refresh, the in-client batch sync, a token). Shown only once a wait has lasted
// a moment, so quick answers do not flicker; hidden as soon as the last request ends. While shown, the
// window it sits in has the busy cursor (an arrow with a clock: the window still takes clicks).
class GoCardsActivity : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 300;

    explicit GoCardsActivity(GoCardsClient *client, QWidget *parent = nullptr);

private:
    void setShown(bool shown);

    GoCardsClient *m_client;
    QProgressBar *m_bar;
    QLabel *m_text;
    QTimer m_delay;
};

} // namespace tempcards

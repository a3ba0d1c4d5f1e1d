// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QLabel>
#include <QTimer>

namespace tempcards {

class CardService;
class SyncService;

// The batch sync in the status bar: cards waiting, the last successful run, and the last error in words
// while it is newer than the last success. Kept current from the shared sync state, so it shows what
// tempcards-sync does too: every few seconds, after a run of this process, and after its card changes.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    // Both services outlive the label; the card service says when the queue may have changed.
    SyncStatusLabel(SyncService *sync, CardService *cards, QWidget *parent = nullptr);
    void update();
    QString fullText() const { return m_full; }
    bool isFailing() const { return m_failing; }
    QString lastError() const { return m_lastError; } // in words; empty while not failing
    QSize minimumSizeHint() const override;

signals:
    // The last attempt failed (`error` in words) or, after failing, a run succeeded again. Emitted when that
    // changes; the first update runs in the constructor, before anyone can connect, so isFailing() tells
    // how it started.
    void failingChanged(bool failing, const QString &error);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void elide();

    SyncService *m_sync;
    QTimer m_timer;
    QTimer m_soon;
    QString m_full;
    bool m_failing = false;
    QString m_lastError;
    QIcon m_icon;
    int m_iconSide;
};

} // namespace tempcards

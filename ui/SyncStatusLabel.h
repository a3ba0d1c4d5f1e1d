// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>
#include <QTimer>

namespace tempcards {

class Backend;

// The batch sync in the status bar: cards waiting, the last successful run, and the last error in words
// while it is newer than the last success. Kept current from the shared sync state, so it shows what
// tempcards-sync does too: every few seconds, after a run of this process, and after its card changes.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusLabel(Backend *backend, QWidget *parent = nullptr);
    void update();
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    Backend *m_backend;
    QTimer m_timer;
    QTimer m_soon;
    QString m_full;
    bool m_failing = false;
};

} // namespace tempcards

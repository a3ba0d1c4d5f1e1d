// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tempcards {

// A line above the work area that says what the last action did ("3 temporary cards ordered…"), in full,
// until it is closed or replaced. Status-bar messages would be cut off by the permanent status widgets
// and vanish after a timeout; an operator must be able to read the outcome of a card order.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBar(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace tempcards

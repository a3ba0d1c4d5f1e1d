// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HandOutDialog.h"

class QLineEdit;

namespace tempcards {

// "Lock temporary card": the selected unassigned or assigned cards are taken out of use for good, with the
// reason the operator gives (required). Next or Cancel.
class LockDialog : public HandOutDialog
{
    Q_OBJECT

public:
    LockDialog(HandOutService *handOut, const Session &session, const QList<CardRow> &cards, QWidget *parent = nullptr);

private:
    void next() override;

    QLineEdit *m_reason;
};

} // namespace tempcards

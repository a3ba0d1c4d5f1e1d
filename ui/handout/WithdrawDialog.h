// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HandOutDialog.h"

class QRadioButton;

namespace tempcards {

// "Withdraw temporary card": an assigned or expired card comes back and is unassigned again. The operator
// says why: Lost (the person's own card stays out of use) or No usage anymore. Next stays disabled until one
// is chosen.
class WithdrawDialog : public HandOutDialog
{
    Q_OBJECT

public:
    WithdrawDialog(HandOutService *handOut, const Session &session, const CardRow &card, QWidget *parent = nullptr);

private:
    void next() override;

    QRadioButton *m_lost;
    QRadioButton *m_noUsage;
};

} // namespace tempcards

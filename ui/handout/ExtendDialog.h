// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HandOutDialog.h"

namespace tempcards {

// "Extend temporary card": each selected assigned card stays with its holder, valid for the validity
// option's days longer. Next or Cancel.
class ExtendDialog : public HandOutDialog
{
    Q_OBJECT

public:
    ExtendDialog(HandOutService *handOut, const Session &session, const QList<CardRow> &cards,
                 QWidget *parent = nullptr);

private:
    void next() override;
};

} // namespace tempcards

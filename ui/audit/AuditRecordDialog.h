// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuditChain.h"

#include <QDialog>

namespace tempcards {

// One audit record, every field of it, for reading (and copying): when and where, who with which roles,
// the action by name and code, the object, before and after in full, the outcome and the detail, and the
// record's place in the hash chain. Read-only; nothing here changes the trail.
class AuditRecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditRecordDialog(const AuditRow &row, QWidget *parent = nullptr);
};

} // namespace tempcards

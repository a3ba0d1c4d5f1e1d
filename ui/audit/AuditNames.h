// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace tempcards {

// What an audit record's action and outcome codes ("settings.change", "success") are called in the
// auditor's language. The codes stay what is stored, filtered on and exported; an action this version does
// not know (written by a newer one) is shown as its code.
namespace AuditNames {
QString action(const QString &code);
QString outcome(const QString &code);
} // namespace AuditNames

} // namespace tempcards

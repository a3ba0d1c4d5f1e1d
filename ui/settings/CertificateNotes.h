// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLabel>

namespace tempcards {

class Clock;
class PemField;

// Under a certificate's PEM field: each certificate in it by subject, issuer and end of validity, in words,
// with one that has ended, has not begun, or ends within CertificateFacts::kExpiryWarningDays flagged; a
// text that holds no certificate is said to. Follows the field as it is edited or loaded; hidden while it
// is empty. Spoken (a screen reader hears it change). The field and the clock outlive it.
class CertificateNotes : public QLabel
{
    Q_OBJECT

public:
    CertificateNotes(PemField *field, const Clock *clock, const char *objectName, QWidget *parent);
    // Whether a certificate shown is flagged (ended, not begun, or ending soon).
    bool isFlagged() const { return m_flagged; }

private:
    void describe();

    PemField *m_field;
    const Clock *m_clock;
    bool m_flagged = false;
};

} // namespace tempcards

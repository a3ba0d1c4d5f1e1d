// SPDX-License-Identifier: Apache-2.0
#include "CertificateNotes.h"

#include "CertificateFacts.h"
#include "Clock.h"
#include "DialogParts.h"
#include "PemField.h"

#include <QLocale>
#include <QPlainTextEdit>

namespace tempcards {

CertificateNotes::CertificateNotes(PemField *field, const Clock *clock, const char *objectName, QWidget *parent)
    : QLabel(parent), m_field(field), m_clock(clock)
{
    setObjectName(QLatin1String(objectName));
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // names come from the pasted text
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleDescription(tr("Whose certificates these are, who issued them and until when they hold"));
    connect(field->edit(), &QPlainTextEdit::textChanged, this, &CertificateNotes::describe);
    describe();
}

void CertificateNotes::describe()
{
    const QByteArray pem = m_field->pem().trimmed();
    m_flagged = false;
    if (pem.isEmpty()) {
        clear();
        hide();
        return;
    }
    const QList<CertificateFacts> certificates = CertificateFacts::fromPem(pem);
    QStringList lines;
    if (certificates.isEmpty())
        lines << tr("No certificate can be read from this text.");
    const QDateTime now = m_clock->nowUtc();
    const QLocale locale;
    for (const CertificateFacts &certificate : certificates) {
        const QString until = locale.toString(certificate.notAfter.toLocalTime().date(), QLocale::LongFormat);
        QString line = tr("%1, issued by %2, valid until %3.").arg(certificate.subject, certificate.issuer, until);
        switch (certificate.validityAt(now)) {
        case CertificateFacts::Validity::Valid:
            break;
        case CertificateFacts::Validity::ExpiresSoon:
            line += QLatin1Char(' ') + tr("Expires in %n day(s): renew it before then.", nullptr,
                                          int(std::max<qint64>(certificate.daysLeftAt(now), 0)));
            m_flagged = true;
            break;
        case CertificateFacts::Validity::Expired:
            line += QLatin1Char(' ') + tr("Expired: connections with it are refused.");
            m_flagged = true;
            break;
        case CertificateFacts::Validity::NotYetValid:
            line += QLatin1Char(' ') +
                    tr("Not valid before %1.")
                        .arg(locale.toString(certificate.notBefore.toLocalTime().date(), QLocale::LongFormat));
            m_flagged = true;
            break;
        }
        lines << line;
    }
    if (certificates.isEmpty())
        m_flagged = true;
    setText(lines.join(QLatin1Char('\n')));
    // The flag is in the words; bold only repeats it for those who see it.
    QFont bold = font();
    bold.setBold(m_flagged);
    setFont(bold);
    show();
}

} // namespace tempcards

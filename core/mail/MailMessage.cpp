// SPDX-License-Identifier: Apache-2.0
#include "MailMessage.h"

#include "InputText.h"
#include "MailConfig.h"

#include <QLocale>

namespace tempcards {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// RFC 2047 encoded words of at most 75 characters, split between whole characters.
QByteArray encodedWords(const QString &text)
{
    if (isAscii(text))
        return text.toUtf8();
    QByteArrayList words;
    QString chunk;
    for (const QChar c : text) {
        if ((chunk + c).toUtf8().size() > 45 && !c.isLowSurrogate()) {
            words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
            chunk.clear();
        }
        chunk += c;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
    return words.join("\r\n ");
}

} // namespace

QString MailMessage::problem() const
{
    if (!MailConfig::isAddress(from))
        return tr("\"%1\" is not an e-mail address to send from.").arg(InputText::shown(from, 60));
    if (to.isEmpty())
        return tr("The message has no recipient.");
    for (const QString &address : recipients()) {
        if (!MailConfig::isAddress(address))
            return tr("\"%1\" is not an e-mail address.").arg(InputText::shown(address, 60));
    }
    // A header holds one line: a line break would let the text add headers of its own.
    if (InputText::hasInvisible(subject) || subject.size() > 200)
        return tr("The subject is too long or holds control or invisible characters.");
    if (messageId.isEmpty() || !isAscii(messageId) || messageId.contains(QLatin1Char('<')) ||
        messageId.contains(QLatin1Char('>')) || messageId.contains(QLatin1Char(' ')) ||
        !messageId.contains(QLatin1Char('@')))
        return tr("The message id is not one.");
    if (!date.isValid())
        return tr("The message has no date.");
    return {};
}

QByteArray MailMessage::toBytes() const
{
    QByteArray out;
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000\r\n";
    out += "From: <" + from.toUtf8() + ">\r\n";
    out += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodedWords(subject) + "\r\n";
    out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "\r\n";
    QString text = body;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    const QByteArray encoded = text.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace tempcards

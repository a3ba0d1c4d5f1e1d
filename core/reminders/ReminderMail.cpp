// SPDX-License-Identifier: Apache-2.0
#include "ReminderMail.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace tempcards {

namespace {

constexpr const char *kContext = "tempcards::ReminderMail";

const char *const kSubject = QT_TRANSLATE_NOOP("tempcards::ReminderMail", "Your temporary card %1 expires on %2");
const char *const kGreeting = QT_TRANSLATE_NOOP("tempcards::ReminderMail", "Hello %1,");
const char *const kExpires =
    QT_TRANSLATE_N_NOOP("tempcards::ReminderMail", "the temporary card %1 you were given expires on %2 at %3 UTC, "
                                                   "in %n day(s).");
const char *const kAction =
    QT_TRANSLATE_NOOP("tempcards::ReminderMail", "Please bring it back to the desk that gave it to you before then, "
                                                 "or ask there for it to be extended.");
const char *const kFooter =
    QT_TRANSLATE_NOOP("tempcards::ReminderMail", "This message was sent by tempcards, the temporary card service. "
                                                 "Replies are not read.");

// One translator per language, loaded the first time it is needed and kept for the process; none for a
// language whose file is not there (the sources are English).
const QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.constFind(language);
    if (found == loaded.cend()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral("tempcards_") + language, QStringLiteral(":/i18n")))
            translator.reset();
        found = loaded.insert(language, translator);
    }
    return found->get();
}

QString text(const QTranslator *translator, const char *source, int n = -1)
{
    QString translated = translator ? translator->translate(kContext, source, nullptr, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    if (n >= 0)
        translated.replace(QLatin1String("%n"), QString::number(n));
    return translated;
}

} // namespace

QString ReminderMail::languageFor(const Person &holder)
{
    const QString language = PersonLanguage::of(holder.language);
    return language == QLatin1String("de") || language == QLatin1String("sv") ? language : QStringLiteral("en");
}

QString ReminderMail::messageId(const Reminder &reminder, const QString &sender)
{
    const QString domain = sender.section(QLatin1Char('@'), -1).toLower();
    return QStringLiteral("reminder.%1.%2@%3").arg(reminder.cardId).arg(reminder.dueOn.toString(Qt::ISODate), domain);
}

MailMessage ReminderMail::compose(const Reminder &reminder, const MailConfig &config, const QDateTime &now)
{
    const QString language = languageFor(reminder.holder);
    const QTranslator *translator = translatorFor(language);
    const QLocale locale(language);
    const QDateTime until = reminder.validUntil.toUTC();
    const QString day = locale.toString(until.date(), QLocale::LongFormat);
    const QString card = QString::number(reminder.cardId);
    const QString name = reminder.holder.givenName.isEmpty() ? reminder.holder.surname : reminder.holder.givenName;
    const int daysLeft = int(qMax<qint64>(0, now.toUTC().date().daysTo(until.date())));

    MailMessage message;
    message.from = config.sender;
    message.to = QStringList{reminder.holder.email};
    if (!config.copyTo.isEmpty())
        message.bcc = QStringList{config.copyTo};
    message.subject = text(translator, kSubject).arg(card, day);
    message.body =
        QStringList{text(translator, kGreeting).arg(name),
                    QString(),
                    text(translator, kExpires, daysLeft).arg(card, day, until.toString(QStringLiteral("HH:mm"))),
                    text(translator, kAction),
                    QString(),
                    QStringLiteral("-- "),
                    text(translator, kFooter)}
            .join(QLatin1Char('\n')) +
        QLatin1Char('\n');
    message.messageId = messageId(reminder, config.sender);
    message.date = now.toUTC();
    return message;
}

} // namespace tempcards

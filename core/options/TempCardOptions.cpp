// SPDX-License-Identifier: Apache-2.0
#include "TempCardOptions.h"

#include "InputText.h"

#include <QFile>
#include <QRegularExpression>

#include <functional>

namespace tempcards {

namespace {

bool isWholeNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong;
}

struct Rule
{
    QString name;
    // Stores the value into options and returns an empty string, or returns what the value must be.
    std::function<QString(const QVariant &, TempCardOptions &)> apply;
};

QString wholeNumberIn(const QVariant &v, qint64 min, qint64 max, int *out)
{
    if (!isWholeNumber(v) || v.toLongLong() < min || v.toLongLong() > max)
        return TempCardOptions::tr("a whole number from %1 to %2").arg(min).arg(max);
    *out = int(v.toLongLong());
    return {};
}

QString boolean(const QVariant &v, bool *out)
{
    if (v.typeId() != QMetaType::Bool)
        return TempCardOptions::tr("true or false");
    *out = v.toBool();
    return {};
}

QString reminderDays(const QVariant &v, QList<int> *out)
{
    const QString expected = TempCardOptions::tr("a list of at most %1 different whole numbers from 1 to 365, such "
                                                 "as [7, 3]")
                                 .arg(TempCardOptions::kMaxReminderDays);
    if (v.typeId() != QMetaType::QVariantList)
        return expected;
    const QVariantList list = v.toList();
    if (list.size() > TempCardOptions::kMaxReminderDays)
        return expected;
    QList<int> days;
    for (const QVariant &item : list) {
        int day = 0;
        if (!wholeNumberIn(item, 1, 365, &day).isEmpty() || days.contains(day))
            return expected;
        days << day;
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    *out = days;
    return {};
}

const QList<Rule> &rules()
{
    static const QList<Rule> list = {
        {TempCardOptions::ProductionType,
         [](const QVariant &v, TempCardOptions &o) {
             const QStringList types = TempCardOptions::productionTypes();
             if (v.typeId() != QMetaType::QString || !types.contains(v.toString()))
                 return TempCardOptions::tr("one of: %1")
                     .arg(QLatin1Char('"') + types.join(QStringLiteral("\", \"")) + QLatin1Char('"'));
             o.productionType = v.toString();
             return QString();
         }},
        {TempCardOptions::QueueTemporaryCards,
         [](const QVariant &v, TempCardOptions &o) {
             if (v.typeId() != QMetaType::Bool)
                 return TempCardOptions::tr("true or false");
             o.queueTemporaryCards = v.toBool();
             return QString();
         }},
        {TempCardOptions::LayoutId,
         [](const QVariant &v, TempCardOptions &o) {
             static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
             if (v.typeId() != QMetaType::QString || !id.match(v.toString()).hasMatch())
                 return TempCardOptions::tr("a string of 1 to 64 letters, digits, '.', '_' or '-'");
             o.layoutId = v.toString();
             return QString();
         }},
        {TempCardOptions::BatchSyncIntervalSeconds,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 5, 86400, &o.batchSyncIntervalSeconds); }},
        {TempCardOptions::BatchSize,
         [](const QVariant &v, TempCardOptions &o) {
             return wholeNumberIn(v, 1, TempCardOptions::kMaxBatchSize, &o.batchSize);
         }},
        {TempCardOptions::RetryBackoffCapSeconds,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 1, 3600, &o.retryBackoffCapSeconds); }},
        {TempCardOptions::LockoutThreshold,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 1, 100, &o.lockoutThreshold); }},
        {TempCardOptions::LockoutMinutes,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 1, 1440, &o.lockoutMinutes); }},
        {TempCardOptions::ValidityDays,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 1, 365, &o.validityDays); }},
        {TempCardOptions::ReminderDays,
         [](const QVariant &v, TempCardOptions &o) { return reminderDays(v, &o.reminderDays); }},
        {TempCardOptions::ReminderEachDay,
         [](const QVariant &v, TempCardOptions &o) { return boolean(v, &o.reminderEachDay); }},
        {TempCardOptions::MaxActiveCardsPerPerson,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 1, 9, &o.maxActiveCardsPerPerson); }},
        {TempCardOptions::PeopleImportIsFull,
         [](const QVariant &v, TempCardOptions &o) { return boolean(v, &o.peopleImportIsFull); }},
        {TempCardOptions::LowStockThreshold,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 0, 10000, &o.lowStockThreshold); }},
        {TempCardOptions::IdleLockMinutes,
         [](const QVariant &v, TempCardOptions &o) { return wholeNumberIn(v, 0, 1440, &o.idleLockMinutes); }},
        {TempCardOptions::IdleLockMinutesAdministrators,
         [](const QVariant &v, TempCardOptions &o) {
             return wholeNumberIn(v, 0, 1440, &o.idleLockMinutesAdministrators);
         }},
    };
    return list;
}

} // namespace

TempCardOptions::Result TempCardOptions::fromScript(const QString &script)
{
    Result result;
    const OptionsScript::Parsed parsed = OptionsScript::parse(script);
    if (parsed.error) {
        result.error = parsed.error;
        return result;
    }
    // Report problems in the order they appear in the script.
    QList<QPair<int, ScriptError>> problems;
    for (auto it = parsed.entries.cbegin(); it != parsed.entries.cend(); ++it) {
        const auto rule =
            std::find_if(rules().cbegin(), rules().cend(), [&](const Rule &r) { return r.name == it.key(); });
        const OptionsScript::Entry &entry = it.value();
        if (rule == rules().cend()) {
            problems.append(
                {entry.valueStart,
                 {entry.line, entry.nameColumn, tr("unknown option '%1'").arg(InputText::shown(it.key(), 64))}});
            continue;
        }
        const QString expected = rule->apply(entry.value, result.options);
        if (!expected.isEmpty()) {
            problems.append({entry.valueStart,
                             {entry.line, entry.valueColumn, tr("option '%1' must be %2").arg(it.key(), expected)}});
        }
    }
    if (!problems.isEmpty()) {
        std::sort(problems.begin(), problems.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        result.error = problems.first().second;
        result.options = TempCardOptions();
    }
    return result;
}

int TempCardOptions::idleLockMinutesFor(bool administrator) const
{
    if (!administrator)
        return idleLockMinutes;
    if (idleLockMinutes == 0 || idleLockMinutesAdministrators == 0)
        return std::max(idleLockMinutes, idleLockMinutesAdministrators);
    return std::min(idleLockMinutes, idleLockMinutesAdministrators);
}

bool TempCardOptions::reminderDueOn(const QDate &validUntil, const QDate &day) const
{
    const qint64 left = day.daysTo(validUntil);
    if (left < 0 || reminderDays.isEmpty())
        return false;
    if (reminderDays.contains(int(left)))
        return true;
    // After the last (smallest) listed day, every day until the card runs out.
    return reminderEachDay && left < reminderDays.last();
}

QString TempCardOptions::defaultScript()
{
    QFile file(QStringLiteral(":/options/temporary-card-options.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace tempcards

// SPDX-License-Identifier: Apache-2.0
// translations/*.ts must hold every text the sources mark for translation, and nothing they no longer
// have: lupdate is run on the sources into a scratch file and its texts compared with each committed one.
// `cmake --build build --target update_translations` is the fix this test asks for.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

struct TsFile
{
    QSet<QString> texts; // "context | source | comment", one per message
    int unfinished = 0;  // messages without a finished translation
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                source.clear(), comment.clear(), message = {};
            else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                    ++ts.unfinished;
                    message.unfinished = true;
                }
                // A plural message holds its forms as <numerusform> elements; a plain one holds text.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (message.translations.isEmpty())
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.texts.insert(context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment);
            message.source = source;
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// The placeholders of a text (%1, %2, %n), sorted: a translation must keep them all.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression pattern(QStringLiteral("%(?:n|[0-9])"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// How many mnemonic markers (a single '&') a text has.
int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QLatin1Char('&')));
}

QString listed(QSet<QString> texts)
{
    QStringList sorted(texts.cbegin(), texts.cend());
    sorted.sort();
    const qsizetype shown = std::min<qsizetype>(sorted.size(), 15);
    return sorted.mid(0, shown).join(QLatin1Char('\n')) +
           (sorted.size() > shown ? QStringLiteral("\n… and %1 more").arg(sorted.size() - shown) : QString());
}

} // namespace

TEST_CASE("every translatable text of the sources is in every .ts file, and no text the sources lost", "[translations]")
{
    QTemporaryDir scratch;
    const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TEMPCARDS_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QLatin1Char('@') + QStringLiteral(TEMPCARDS_TR_SOURCES_LIST),
                   QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAll().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const TsFile sources = readTs(fresh);
    REQUIRE(sources.error.isEmpty());
    REQUIRE(sources.texts.size() > 500); // the scan found the sources

    const QStringList files = QDir(QStringLiteral(TEMPCARDS_TS_DIR)).entryList({QStringLiteral("*.ts")});
    REQUIRE(files.size() >= 3);
    for (const QString &name : files) {
        const TsFile ts = readTs(QDir(QStringLiteral(TEMPCARDS_TS_DIR)).filePath(name));
        INFO(name.toStdString());
        REQUIRE(ts.error.isEmpty());
        const QSet<QString> missing = sources.texts - ts.texts;
        const QSet<QString> lost = ts.texts - sources.texts;
        INFO("missing:\n"
             << listed(missing).toStdString() << "\nno longer in the sources:\n"
             << listed(lost).toStdString());
        CHECK(missing.isEmpty());
        CHECK(lost.isEmpty());
    }
}

TEST_CASE("German and Swedish translate every text, keeping its placeholders, mnemonic and plural forms",
          "[translations]")
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("sv")}) {
        const TsFile ts =
            readTs(QDir(QStringLiteral(TEMPCARDS_TS_DIR)).filePath(QStringLiteral("tempcards_%1.ts").arg(language)));
        INFO(language.toStdString());
        REQUIRE(ts.error.isEmpty());
        REQUIRE(ts.messages.size() > 500);
        QStringList problems;
        for (const TsMessage &message : ts.messages) {
            const bool plural = message.source.contains(QStringLiteral("%n"));
            if (message.unfinished || message.translations.join(QString()).trimmed().isEmpty())
                problems << QStringLiteral("not translated: ") + message.source;
            if (plural && message.translations.size() != 2) // both languages have a singular and a plural
                problems << QStringLiteral("%1 plural forms: %2").arg(message.translations.size()).arg(message.source);
            for (const QString &translation : message.translations) {
                if (placeholders(translation) != placeholders(message.source))
                    problems << QStringLiteral("placeholders differ: %1 -> %2").arg(message.source, translation);
                if (mnemonics(translation) != mnemonics(message.source))
                    problems << QStringLiteral("mnemonic differs: %1 -> %2").arg(message.source, translation);
            }
        }
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

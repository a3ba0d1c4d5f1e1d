// SPDX-License-Identifier: Apache-2.0
// translations/*.ts must hold every text the sources mark for translation, and nothing they no longer
// have: lupdate is run on the sources into a scratch file and its texts compared with each committed one.
// `cmake --build build --target update_translations` is the fix this test asks for.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsFile
{
    QSet<QString> texts; // "context | source | comment", one per message
    int unfinished = 0;  // messages without a finished translation
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
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                source.clear(), comment.clear();
            else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation") &&
                     xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                ++ts.unfinished;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.texts.insert(context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
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

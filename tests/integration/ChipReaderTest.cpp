// SPDX-License-Identifier: Apache-2.0
// Reading a chip UID through pcsc-lite, against the real pcscd with a virtual reader and card (vpcd): the
// card put on and taken off, a card already lying there not read twice, a card that refuses, the wait given
// up and cancelled, and no reader service at all. The [pcsc] cases need root (scripts/reader-test.sh).
#include "ReadChipUidJob.h"
#include "ReaderRig.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTest>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QByteArray kUid = QByteArray::fromHex("04A1B2C3D4E5F6");

struct Read
{
    ReadChipUidJob::Error error;
    QString uid;
    QString reader;
    QString message;
};

Read readUid(int waitMs, bool newCardOnly, const std::function<void()> &meanwhile = {})
{
    ReadChipUidJob job(waitMs, newCardOnly);
    int finished = 0;
    QObject::connect(&job, &Job::finished, [&] { ++finished; });
    job.start();
    if (meanwhile)
        meanwhile();
    REQUIRE(waitFor([&] { return finished > 0; }, waitMs + 5000));
    CHECK(finished == 1);
    return {job.error(), job.uid(), job.reader(), job.errorString()};
}

} // namespace

TEST_CASE("a GET DATA answer gives the UID or says why it holds none", "[unit][reader]")
{
    CHECK(ChipReader::parseUidAnswer(QByteArray::fromHex("04A1B2C3D4E5F69000")).uid ==
          QStringLiteral("04A1B2C3D4E5F6"));
    CHECK(ChipReader::parseUidAnswer(QByteArray::fromHex("DEADBEEF9000")).uid == QStringLiteral("DEADBEEF"));
    const ChipReader::Result cannot = ChipReader::parseUidAnswer(QByteArray::fromHex("6A81"));
    CHECK(cannot.error == ChipReader::Error::CardUnreadable);
    CHECK(cannot.message == QStringLiteral("the reader cannot tell this card's UID (status 6A81)."));
    CHECK(ChipReader::parseUidAnswer(QByteArray::fromHex("6982")).message ==
          QStringLiteral("the card refused to give its UID (status 6982)."));
    CHECK(ChipReader::parseUidAnswer(QByteArray::fromHex("9000")).error == ChipReader::Error::CardUnreadable);
    CHECK(ChipReader::parseUidAnswer(QByteArray(11, '\x01') + QByteArray::fromHex("9000")).error ==
          ChipReader::Error::CardUnreadable);
    CHECK(ChipReader::parseUidAnswer({}).error == ChipReader::Error::CardUnreadable);
}

TEST_CASE("the chip UID is read from the card on a PC/SC reader", "[.][pcsc]")
{
    {
        ReaderRig rig;
        REQUIRE(rig.problem().toStdString() == "");
        VirtualCard card(kUid);

        // No card on the reader: the wait is given up.
        const Read none = readUid(600, false);
        CHECK(none.error == ReadChipUidJob::Error::Timeout);
        CHECK(none.message == QStringLiteral("No card was put on the reader."));

        // Put on while the job waits: read at once.
        const Read read = readUid(10000, false, [&] { card.put(); });
        CHECK(read.error == ReadChipUidJob::Error::None);
        CHECK(read.uid == QStringLiteral("04A1B2C3D4E5F6"));
        CHECK(read.reader.startsWith(QStringLiteral("tempcards test reader")));
        CHECK(card.uidRequests() == 1);

        // The card read before still lies there: not read again until it is taken off and put back.
        const Read stale = readUid(800, true);
        CHECK(stale.error == ReadChipUidJob::Error::Timeout);
        CHECK(card.uidRequests() == 1);
        const Read again = readUid(10000, true, [&] {
            card.takeOff();
            QTest::qWait(1000); // pcscd sees the reader empty
            card.put();
        });
        CHECK(again.uid == QStringLiteral("04A1B2C3D4E5F6"));
        CHECK(card.uidRequests() == 2);

        // A card that will not tell its UID: the reason, not a UID.
        card.refuseWith(0x6A81);
        const Read refused = readUid(2000, false);
        CHECK(refused.error == ReadChipUidJob::Error::CardUnreadable);
        CHECK(refused.uid.isEmpty());
        CHECK(refused.message.endsWith(QStringLiteral("the reader cannot tell this card's UID (status 6A81).")));

        // Cancelled while waiting: finished once, at once.
        card.takeOff();
        ReadChipUidJob waiting(60000, true);
        int finished = 0;
        QObject::connect(&waiting, &Job::finished, [&] { ++finished; });
        waiting.start();
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        waiting.cancel();
        REQUIRE(waitFor([&] { return finished == 1; }));
        CHECK(clock.elapsed() < 1000);
        CHECK(waiting.error() == ReadChipUidJob::Error::Cancelled);
    }
    // pcscd stopped: no reader service, said at once so that the person types the UID instead.
    QElapsedTimer clock;
    clock.start();
    const Read gone = readUid(60000, false);
    CHECK(gone.error == ReadChipUidJob::Error::NoService);
    CHECK(gone.message == QStringLiteral("No card reader service is running (pcscd)."));
    CHECK(clock.elapsed() < 5000);
}

// SPDX-License-Identifier: Apache-2.0
#include "OrderTemporaryCards.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace tempcards;

TEST_CASE("amounts 1 to 9 are accepted as integers and as digit text", "[amount]")
{
    for (int n = 1; n <= 9; ++n) {
        QString problem;
        CHECK(OrderTemporaryCards::parseAmount(n, &problem) == n);
        CHECK(OrderTemporaryCards::parseAmount(qlonglong(n), &problem) == n);
        CHECK(OrderTemporaryCards::parseAmount(QString::number(n), &problem) == n);
        CHECK(problem.isEmpty());
    }
    QString problem;
    CHECK(OrderTemporaryCards::parseAmount(QStringLiteral(" 4 "), &problem) == 4);
}

TEST_CASE("amounts outside 1 to 9 and non-numbers are refused with a reason", "[amount]")
{
    const QList<QVariant> bad = {0,
                                 10,
                                 -1,
                                 1000000,
                                 QStringLiteral("0"),
                                 QStringLiteral("10"),
                                 QStringLiteral("abc"),
                                 QStringLiteral("3abc"),
                                 QStringLiteral("3.5"),
                                 QStringLiteral("-3"),
                                 QStringLiteral(""),
                                 QStringLiteral("٣"), // Arabic-Indic digit three
                                 QVariant(),
                                 QVariant(3.0),
                                 QVariant(true),
                                 QVariant(QStringList{QStringLiteral("3")})};
    for (const QVariant &amount : bad) {
        INFO("amount " << amount.toString().toStdString() << " of type " << amount.typeName());
        QString problem;
        CHECK_FALSE(OrderTemporaryCards::parseAmount(amount, &problem).has_value());
        CHECK(problem.contains(QStringLiteral("1 to 9")));
    }
}

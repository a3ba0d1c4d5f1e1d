// SPDX-License-Identifier: Apache-2.0
// The helpers every GUI test clicks through: they must find the widget a person would mean.
#include "GuiHelpers.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace tempcards::test;

TEST_CASE("child() finds a dialog's own button, not that of a closed dialog opened from it", "[gui]")
{
    // Shaped like Settings > Accounts > New account: the sub-dialog hangs below a page that comes
    // before the button box among the dialog's children, and lingers until its deferred delete.
    QDialog outer;
    auto *pages = new QStackedWidget(&outer);
    auto *page = new QWidget(pages);
    pages->addWidget(page);
    auto *inner = new QDialog(page);
    auto *innerCancel = new QPushButton(QStringLiteral("Cancel"), inner);
    innerCancel->setObjectName(QStringLiteral("cancelPushButton"));
    auto *buttons = new QDialogButtonBox(&outer);
    QPushButton *outerCancel = buttons->addButton(QDialogButtonBox::Cancel);
    outerCancel->setObjectName(QStringLiteral("cancelPushButton"));
    auto *layout = new QVBoxLayout(&outer);
    layout->addWidget(pages);
    layout->addWidget(buttons);
    outer.show();
    inner->show();
    inner->close();

    CHECK(child<QPushButton>(&outer, QStringLiteral("cancelPushButton")) == outerCancel);
    CHECK(child<QPushButton>(page, QStringLiteral("cancelPushButton")) == innerCancel);
    CHECK(child<QDialog>(page, QString()) == inner);
}

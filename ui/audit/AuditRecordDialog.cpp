// SPDX-License-Identifier: Apache-2.0
#include "AuditRecordDialog.h"

#include "AuditNames.h"
#include "DialogParts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tempcards {

namespace {

// A value to read and copy, named for a screen reader by its caption.
QWidget *valueField(QWidget *parent, const QString &caption, const QString &value, bool long_)
{
    QWidget *field;
    if (long_) {
        auto *text = new QPlainTextEdit(value, parent);
        text->setReadOnly(true);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().height() * 5);
        field = text;
    } else {
        auto *line = new QLineEdit(value, parent);
        line->setReadOnly(true);
        line->setCursorPosition(0);
        field = line;
    }
    field->setAccessibleName(QString(caption).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    field->setAccessibleDescription(AuditRecordDialog::tr("Read only"));
    return field;
}

} // namespace

AuditRecordDialog::AuditRecordDialog(const AuditRow &row, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("auditRecordDialog"));
    setWindowTitle(tr("Audit record %1").arg(row.id));
    const QDateTime at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
    const QString action = AuditNames::action(row.action);
    const QList<std::tuple<QString, QString, bool>> fields = {
        {tr("&Time:"), tr("%1 (%2 UTC)").arg(DialogParts::shortTime(at), row.at), false},
        {tr("&User:"), row.actor, false},
        {tr("&Roles:"), row.roles, false},
        {tr("&Action:"), action == row.action ? row.action : tr("%1 (%2)").arg(action, row.action), false},
        {tr("&Object:"), row.object, false},
        {tr("&Before:"), row.before.toString(), true},
        {tr("A&fter:"), row.after.toString(), true},
        {tr("Outco&me:"), AuditNames::outcome(row.outcome), false},
        {tr("&Detail:"), row.detail, true},
        {tr("&Workstation:"), row.workstation, false},
        {tr("&Hash:"), row.hash, false},
    };
    auto *form = new QFormLayout;
    for (const auto &[caption, value, long_] : fields) {
        auto *label = new QLabel(caption, this);
        QWidget *field = valueField(this, caption, value, long_);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("C&lose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAccessibleName(tr("Close"));
    close->setToolTip(tr("Close the record (Esc)"));
    close->setAccessibleDescription(close->toolTip());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

} // namespace tempcards

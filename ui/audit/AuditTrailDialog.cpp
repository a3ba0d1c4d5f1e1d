// SPDX-License-Identifier: Apache-2.0
#include "AuditTrailDialog.h"

#include "AuditNames.h"
#include "AuditRecordDialog.h"

#include "Clock.h"
#include "DialogParts.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tempcards {

namespace {
const QDate kAnyDate(2000, 1, 1); // the date edits' minimum, shown as "Any"

// QDateEdit swallows Tab while it shows its special value ("Any"), which would trap the keyboard there.
class AnyDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        return date() == minimumDate() ? QWidget::focusNextPrevChild(next) : QDateEdit::focusNextPrevChild(next);
    }
};

QDateEdit *dateField(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *edit = DialogParts::named<AnyDateEdit>(parent, objectName, accessibleName);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(AuditTrailDialog::tr("Any"));
    edit->setDate(kAnyDate);
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

AuditTrailDialog::AuditTrailDialog(AuditService *audit, const Session &session, QWidget *parent)
    : QDialog(parent), m_audit(audit), m_session(session)
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit trail"));
    m_actor = DialogParts::named<QLineEdit>(this, "actorLineEdit", tr("User"));
    m_action = DialogParts::named<QComboBox>(this, "actionComboBox", tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    m_object = DialogParts::named<QLineEdit>(this, "objectLineEdit", tr("Object"));
    m_object->setPlaceholderText(tr("e.g. card:42 or process:"));
    m_outcome = DialogParts::named<QComboBox>(this, "outcomeComboBox", tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("failure"));
    m_outcome->addItem(tr("Refused"), QStringLiteral("refused"));
    m_from = dateField(this, "fromDateEdit", tr("From date"));
    m_until = dateField(this, "untilDateEdit", tr("Until date"));
    QPushButton *apply = DialogParts::button(this, tr("&Show"), "showPushButton");
    connect(apply, &QPushButton::clicked, this, &AuditTrailDialog::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditTrailDialog::reload);
    connect(m_object, &QLineEdit::returnPressed, this, &AuditTrailDialog::reload);

    auto *filters = new QGridLayout;
    const QList<std::pair<QString, QWidget *>> labelled = {{tr("&User:"), m_actor},    {tr("&Action:"), m_action},
                                                           {tr("O&bject:"), m_object}, {tr("Ou&tcome:"), m_outcome},
                                                           {tr("&From:"), m_from},     {tr("U&ntil:"), m_until}};
    for (int i = 0; i < labelled.size(); ++i) {
        auto *label = new QLabel(labelled[i].first, this);
        label->setBuddy(labelled[i].second);
        filters->addWidget(label, i / 3, (i % 3) * 2);
        filters->addWidget(labelled[i].second, i / 3, (i % 3) * 2 + 1);
    }
    filters->addWidget(apply, 1, 6);

    m_table = DialogParts::named<QTableWidget>(this, "auditTableWidget", tr("Audit records"));
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Roles"), tr("Action"), tr("Object"), tr("Before"),
                                        tr("After"), tr("Outcome"), tr("Detail"), tr("Workstation")});
    DialogParts::readOnlyTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A record in full: a double click, or Enter on it (the table's own shortcut).
    auto *open = new QAction(tr("Show the whole record"), m_table);
    open->setObjectName(QStringLiteral("showRecordAction"));
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, [this] { showRecord(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { showRecord(row); });

    m_older = DialogParts::button(this, tr("Load &older records"), "olderPushButton");
    m_export = DialogParts::button(this, tr("&Export CSV…"), "exportPushButton");
    m_verify = DialogParts::button(this, tr("&Verify chain"), "verifyPushButton");
    connect(m_older, &QPushButton::clicked, this, &AuditTrailDialog::loadMore);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                          QStringLiteral("audit-trail.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_checkpoints = DialogParts::button(this, tr("Verify against check&points…"), "checkpointsPushButton");
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyAgainst({}); });
    connect(m_checkpoints, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Checkpoint file"), QString(), tr("Checkpoint files (*.checkpoints *.log *.txt);;All files (*)"));
        if (!path.isEmpty())
            verifyAgainst(path);
    });
    m_message = DialogParts::spokenLabel(this, "auditMessageLabel");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QDialogButtonBox(this);
    close->addButton(tr("C&lose"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("closePushButton"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_older);
    actions->addStretch(1);
    actions->addWidget(m_verify);
    actions->addWidget(m_checkpoints);
    actions->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(1000, 600);
    reload();
    DialogParts::describe(
        this, {
                  {QStringLiteral("actorLineEdit"), tr("Show only the records of this user name")},
                  {QStringLiteral("actionComboBox"), tr("Show only the records of this kind of action")},
                  {QStringLiteral("objectLineEdit"),
                   tr("Show only the records about this object, such as card:12 or account:anna")},
                  {QStringLiteral("outcomeComboBox"), tr("Show only successes, failures or refusals")},
                  {QStringLiteral("fromDateEdit"), tr("Show only the records from this day on")},
                  {QStringLiteral("untilDateEdit"), tr("Show only the records up to this day")},
                  {QStringLiteral("showPushButton"), tr("Show the records that match the filters")},
                  {QStringLiteral("auditTableWidget"), tr("The audit records, newest first")},
                  {QStringLiteral("olderPushButton"), tr("Add the next page of older records to the list")},
                  {QStringLiteral("exportPushButton"), tr("Save the records that match the filters as a CSV file")},
                  {QStringLiteral("verifyPushButton"),
                   tr("Check that no audit record was changed or removed since it was written")},
                  {QStringLiteral("checkpointsPushButton"),
                   tr("Check the audit trail against a file of signed checkpoints kept outside the database, "
                      "which catches a cut, rewritten or swapped history")},
                  {QStringLiteral("auditMessageLabel"),
                   tr("How many records are shown, and the result of the last check or export")},
                  {QStringLiteral("closePushButton"), tr("Close the audit trail")},
              });
}

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.object = m_object->text().trimmed();
    filter.outcome = m_outcome->currentData().toString();
    // Dates are the user's calendar days, in local time.
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date().startOfDay().toUTC();
    if (m_until->date() != kAnyDate)
        filter.until = m_until->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditTrailDialog::reload()
{
    m_verifying = false;
    m_shown = filter();
    m_oldestId = 0;
    m_rows.clear();
    m_table->setRowCount(0);
    m_older->setEnabled(false);
    const int generation = ++m_generation;
    m_audit->page(m_session, m_shown, 0, kPageSize).then(this, [this, generation](const AuditService::Page &page) {
        if (generation == m_generation)
            append(page);
    });
}

void AuditTrailDialog::loadMore()
{
    m_older->setEnabled(false);
    const int generation = m_generation;
    m_audit->page(m_session, m_shown, m_oldestId, kPageSize)
        .then(this, [this, generation](const AuditService::Page &page) {
            if (generation == m_generation)
                append(page);
        });
}

void AuditTrailDialog::append(const AuditService::Page &page)
{
    if (!page.outcome.ok) {
        say(page.outcome.message);
        return;
    }
    if (!page.actions.isEmpty()) {
        const QString current = m_action->currentData().toString();
        while (m_action->count() > 1)
            m_action->removeItem(1);
        for (const QString &action : page.actions)
            m_action->addItem(AuditNames::action(action), action);
        m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    }
    for (const AuditRow &row : page.rows) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const QStringList cells{DialogParts::shortTime(fromStorageTime(row.at)),
                                row.actor,
                                row.roles,
                                AuditNames::action(row.action),
                                row.object,
                                row.before.toString(),
                                row.after.toString(),
                                AuditNames::outcome(row.outcome),
                                row.detail,
                                row.workstation};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 0   ? QStringLiteral("%1 UTC, #%2").arg(row.at).arg(row.id)
                             : column == 3 ? row.action // the code, as filtered on and exported
                                           : cells[column]);
            m_table->setItem(at, column, item);
        }
        m_oldestId = row.id;
        m_rows << row;
    }
    if (!page.actions.isEmpty() || m_table->rowCount() == page.rows.size()) {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    }
    m_older->setEnabled(page.rows.size() == kPageSize);
    // A check under way, or its verdict, is worth more than the count: the page does not replace it.
    if (!m_verifying)
        say(tr("%n record(s) shown.", nullptr, m_table->rowCount()));
}

void AuditTrailDialog::verifyAgainst(const QString &checkpointFile)
{
    m_verifying = true;
    setBusy(true);
    say(checkpointFile.isEmpty() ? tr("Checking every record's hash…")
                                 : tr("Checking every record's hash and every checkpoint…"));
    m_audit->verify(m_session, checkpointFile).then(this, [this](const Outcome &outcome) {
        setBusy(false);
        say(outcome.message);
    });
}

void AuditTrailDialog::exportTo(const QString &path)
{
    setBusy(true);
    say(tr("Exporting…"));
    m_audit->exportCsv(m_session, m_shown, path).then(this, [this](const Outcome &outcome) {
        setBusy(false);
        say(outcome.message);
    });
}

void AuditTrailDialog::showRecord(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    auto *record = new AuditRecordDialog(m_rows.at(row), this);
    record->setAttribute(Qt::WA_DeleteOnClose);
    record->open();
}

void AuditTrailDialog::say(const QString &text)
{
    m_message->setText(text);
}

void AuditTrailDialog::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_verify->setEnabled(!busy);
    m_checkpoints->setEnabled(!busy);
}

} // namespace tempcards

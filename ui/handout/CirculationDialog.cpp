// SPDX-License-Identifier: Apache-2.0
#include "CirculationDialog.h"

#include "LayoutMemory.h"

#include "CardService.h"
#include "CirculationModel.h"
#include "DialogParts.h"
#include "HandOutService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tempcards {

CirculationDialog::CirculationDialog(HandOutService *handOut, CardService *cards, const Session &session,
                                     QWidget *parent)
    : QDialog(parent), m_handOut(handOut), m_session(session), m_model(new CirculationModel(this))
{
    setObjectName(QStringLiteral("circulationDialog"));
    setWindowTitle(tr("Cards out and stock"));
    m_view = DialogParts::named<QComboBox>(this, "viewComboBox", tr("View"));
    for (const CirculationView view : CirculationQuery::all())
        m_view->addItem(CirculationQuery::title(view), int(view));
    auto *viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_view);
    m_stock = DialogParts::spokenLabel(this, "stockLabel");
    m_table = DialogParts::named<QTableView>(this, "circulationTableView", tr("Cards"));
    m_table->setModel(m_model);
    DialogParts::readOnlyTable(m_table);
    m_message = DialogParts::spokenLabel(this, "circulationMessageLabel");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export = DialogParts::button(this, tr("&Export CSV…"), "exportPushButton");
    QPushButton *reloadButton = DialogParts::button(this, tr("&Reload"), "reloadPushButton");
    auto *close = new QDialogButtonBox(this);
    close->addButton(tr("C&lose"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("closePushButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(viewLabel);
    top->addWidget(m_view, 1);
    top->addWidget(m_stock);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(reloadButton);
    actions->addStretch(1);
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_view, &QComboBox::currentIndexChanged, this, &CirculationDialog::reload);
    connect(reloadButton, &QPushButton::clicked, this, &CirculationDialog::reload);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export %1").arg(m_view->currentText()),
            CirculationQuery::objectName(currentView()) + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    // A burst of card changes (a batch sync run) reads the view once.
    m_changed.setSingleShot(true);
    m_changed.setInterval(500);
    connect(&m_changed, &QTimer::timeout, this, &CirculationDialog::reload);
    connect(cards, &CardService::changed, &m_changed, qOverload<>(&QTimer::start));

    DialogParts::describe(this, {{QStringLiteral("viewComboBox"), tr("Which cards to list")},
                                 {QStringLiteral("stockLabel"), tr("Unassigned cards and cards on their way")},
                                 {QStringLiteral("circulationTableView"), tr("The cards of the chosen view")},
                                 {QStringLiteral("circulationMessageLabel"), tr("How many cards the view holds")},
                                 {QStringLiteral("exportPushButton"), tr("Write every card of the view to a CSV file")},
                                 {QStringLiteral("reloadPushButton"), tr("Read the view again")},
                                 {QStringLiteral("closePushButton"), tr("Close the window")}});
    resize(820, 480);
    reload();
}

CirculationView CirculationDialog::currentView() const
{
    return CirculationView(m_view->currentData().toInt());
}

void CirculationDialog::showView(CirculationView view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void CirculationDialog::say(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
}

void CirculationDialog::reload()
{
    const CirculationView view = currentView();
    const QList<CirculationModel::Column> shown = CirculationModel::columnsOf(view);
    for (int column = 0; column < CirculationModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !shown.contains(CirculationModel::Column(column)));
    const int read = ++m_reads;
    m_handOut->view(view, kRowLimit).then(this, [this, read](const HandOutService::View &result) {
        if (read != m_reads)
            return;
        if (!result.problem.isEmpty()) {
            m_model->setRows({});
            return say(result.problem);
        }
        m_model->setRows(result.rows, result.mailServerSet);
        // The columns fit what they show, unless the person's own widths came back from the last time.
        if (!m_table->property(LayoutMemory::kRestoredProperty).toBool())
            m_table->resizeColumnsToContents();
        QString text = result.total > result.rows.size()
                           ? tr("The first %1 of %n card(s); Export CSV… writes them all.", nullptr, result.total)
                                 .arg(QLocale().toString(qsizetype(result.rows.size())))
                           : tr("%n card(s).", nullptr, result.total);
        if (currentView() == CirculationView::DueReminders)
            text += QLatin1Char(' ') + (result.mailServerSet
                                            ? tr("The batch sync mails each holder their reminder; the Mail column "
                                                 "says what was sent.")
                                            : tr("No mail server is set (Settings › Mail), so these reminders are "
                                                 "only listed here and nothing is sent."));
        say(text);
    });
    m_handOut->stock().then(this, [this](const HandOutService::StockLevel &level) {
        if (!level.problem.isEmpty())
            return m_stock->setText(level.problem);
        m_stock->setText(
            level.low()
                ? tr("Stock: %1 unassigned, %2 on the way — below %3")
                      .arg(level.stock.unassigned)
                      .arg(level.stock.onTheWay)
                      .arg(level.threshold)
                : tr("Stock: %1 unassigned, %2 on the way").arg(level.stock.unassigned).arg(level.stock.onTheWay));
    });
}

void CirculationDialog::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    say(tr("Exporting…"));
    m_handOut->exportCsv(m_session, currentView(), path).then(this, [this](const Outcome &outcome) {
        m_export->setEnabled(true);
        say(outcome.message);
    });
}

} // namespace tempcards

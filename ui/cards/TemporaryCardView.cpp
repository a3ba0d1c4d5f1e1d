// SPDX-License-Identifier: Apache-2.0
#include "TemporaryCardView.h"

#include "CardDetailsPane.h"
#include "CardListModel.h"
#include "CardSortMenu.h"
#include "DialogParts.h"
#include "LayoutMemory.h"
#include "ProcessUi.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tempcards {

TemporaryCardView::TemporaryCardView(CardService *cards, HandOutService *handOut, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("temporaryCardView"));
    m_model = new CardListModel(cards, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cardsTableView"));
    m_table->setAccessibleName(tr("Temporary cards"));
    m_table->setAccessibleDescription(
        tr("The temporary cards that match the filter, newest first unless sorted by a column header"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; the arrow keys move in it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths from the longest texts a column can hold, not from the rows loaded so far: the columns stay put
    // as pages load and states change.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true); // the order is the person's, and remembered with the widths
    // A click on a header sorts by that column, a second one the other way; newest first at the start. The
    // model reads the first page in the new order, so a million cards sort as fast as a hundred.
    header->setSortIndicator(CardListModel::IdColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char('M'));
    int stateWidth = 0; // and the state's icon before it
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 6;
    for (const CardState state : CardStates::all())
        stateWidth = qMax(stateWidth, iconWidth + metrics.horizontalAdvance(CardStates::displayName(state)));
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    // The columns of card data as wide as their usual content and their header's text, in the header's own
    // font (bold in some styles); the holder's and validity's keep the default, so the reason still shows.
    const QList<int> widths = {metrics.horizontalAdvance(QStringLiteral("00000000")), stateWidth,
                               metrics.horizontalAdvance(sampleTime),
                               metrics.horizontalAdvance(QStringLiteral("gc-00000000000")),
                               metrics.horizontalAdvance(QStringLiteral("ord-0000000"))};
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int column = 0; column < widths.size(); ++column) {
        const int headerWidth =
            headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        header->resizeSection(column, qMax(widths.at(column), headerWidth) + padding);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TemporaryCardView::updateCommands);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TemporaryCardView::updateCommands);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TemporaryCardView::updateCommands);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemporaryCardView::updateCommands);

    // Every process and command in one bar above the list, in the process table's order, Refresh last.
    m_processBar = new QHBoxLayout;
    m_noProcesses = new QLabel(tr("No process is available to you here. An administrator can enable processes "
                                  "in the settings."),
                               this);
    m_noProcesses->setObjectName(QStringLiteral("noProcessesLabel"));
    m_noProcesses->setWordWrap(true);
    m_processBar->addWidget(m_noProcesses);
    m_processBar->addStretch();
    auto *filterBar = new QHBoxLayout;
    createFilterBar(filterBar);
    createCommands();

    // The list and its commands above, the chosen card's details below; the person sets the split.
    m_details = new CardDetailsPane(handOut, cards, this);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("cardsSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(list);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        for (const CardRow &card : selectedCards())
            ids << card.id;
        m_details->showCards(ids);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_processBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_split, 1);
    m_model->reload();
    updateCommands();
}

void TemporaryCardView::createFilterBar(QHBoxLayout *layout)
{
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->setAccessibleDescription(tr("Show only the cards in this state"));
    m_state->addItem(tr("All states"));
    for (const CardState state : CardStates::all())
        m_state->addItem(CardStates::displayName(state), int(state));
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Card number, Go Cards card id or order id"));
    DialogParts::clearButton(m_search);
    m_search->setToolTip(
        DialogParts::withShortcut(tr("Find cards by number or Go Cards id"), QKeySequence(QKeySequence::Find)));
    m_search->setMaxLength(256);
    auto *searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    // Typing is followed after a pause, not at every key.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &TemporaryCardView::applyFilter);
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TemporaryCardView::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TemporaryCardView::applyFilter);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);
}

void TemporaryCardView::createCommands()
{
    m_refresh = new QPushButton(tr("Refresh from &Go Cards"), this);
    m_refresh->setObjectName(QStringLiteral("refreshFromGoCardsPushButton"));
    m_refresh->setAccessibleName(tr("Refresh from Go Cards"));
    // The button and the menu share one action, so the shortcut works wherever the focus is in the window.
    m_refreshAction = new QAction(tr("Refresh the card from &Go Cards"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshFromGoCardsAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refresh->setToolTip(DialogParts::withShortcut(tr("Ask Nexus GO Cards for the state of the selected card now"),
                                                    m_refreshAction->shortcut()));
    connect(m_refresh, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        const QList<CardRow> cards = selectedCards();
        if (cards.size() == 1 && isVisible())
            emit refreshRequested(cards.first());
    });
    m_processBar->addWidget(m_refresh);

    // On a card: Enter (or a double click) opens the process that applies, Delete aborts, the context menu
    // offers every command. Shortcuts of the list's own, so Enter elsewhere keeps its meaning.
    auto *open = new QAction(tr("Open the process for the card"), m_table);
    open->setObjectName(QStringLiteral("openProcessAction"));
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, &TemporaryCardView::openProcess);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &TemporaryCardView::openProcess);
    auto *abort = new QAction(tr("Abort the order of the cards"), m_table);
    abort->setObjectName(QStringLiteral("abortCardsAction"));
    abort->setShortcut(QKeySequence(QKeySequence::Delete));
    abort->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(abort);
    connect(abort, &QAction::triggered, this,
            [this] { clickIfEnabled(m_buttons.value(ProcessId::AbortTemporaryCardOrder)); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TemporaryCardView::showContextMenu);
}

void TemporaryCardView::clickIfEnabled(QPushButton *button)
{
    if (button && button->isEnabled() && isVisible())
        button->click();
}

void TemporaryCardView::openProcess()
{
    // The first process, in the table's order, that the selection allows: Abort for queued cards, Initialize
    // for produced ones, Assign for unassigned ones, Withdraw for cards out.
    for (const ProcessId id : Processes::all()) {
        QPushButton *button = m_buttons.value(id);
        if (button && !Processes::startsFromQuickSearch(id) && button->isEnabled())
            return clickIfEnabled(button);
    }
}

void TemporaryCardView::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("cardsContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const ProcessId id : Processes::all()) {
        QPushButton *button = m_buttons.value(id);
        if (!button || Processes::startsFromQuickSearch(id))
            continue;
        QAction *action = menu->addAction(button->text(), button, &QPushButton::click);
        action->setObjectName(
            ProcessUi::buttonObjectName(id).replace(QLatin1String("PushButton"), QLatin1String("MenuAction")));
        action->setEnabled(button->isEnabled());
    }
    if (m_refreshAction->isVisible()) {
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addAction(m_refreshAction);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addMenu(new CardSortMenu(m_table, menu))->setObjectName(QStringLiteral("sortByMenuAction"));
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void TemporaryCardView::setStartableProcesses(const QSet<ProcessId> &processes)
{
    for (const ProcessId id : Processes::all()) {
        const bool offer = processes.contains(id);
        if (offer && !m_buttons.contains(id)) {
            auto *button = new QPushButton(ProcessUi::buttonText(id), this);
            button->setObjectName(ProcessUi::buttonObjectName(id));
            button->setAccessibleName(Processes::displayName(id));
            button->setAccessibleDescription(ProcessUi::buttonDescription(id));
            // Administrators know the processes by their Smart ID names too.
            button->setToolTip(
                QStringLiteral("%1\n%2").arg(ProcessUi::buttonDescription(id), Processes::symbolicName(id)));
            const bool fromQuickSearch = Processes::startsFromQuickSearch(id);
            connect(button, &QPushButton::clicked, this, [this, id, fromQuickSearch] {
                emit processRequested(id, fromQuickSearch ? QList<CardRow>() : selectedCards());
            });
            m_buttons.insert(id, button);
            m_processBar->insertWidget(int(std::distance(m_buttons.begin(), m_buttons.find(id))), button);
        } else if (!offer && m_buttons.contains(id)) {
            delete m_buttons.take(id);
        }
    }
    m_noProcesses->setVisible(m_buttons.isEmpty());
    updateTabOrder();
    updateCommands();
}

// Tab reads the view as it is laid out, top to bottom: the buttons above the list (added later than it),
// the filters, the list, the details.
void TemporaryCardView::updateTabOrder()
{
    QList<QWidget *> chain;
    auto addButtonsOf = [&chain](QHBoxLayout *bar) {
        for (int i = 0; i < bar->count(); ++i) {
            if (auto *button = qobject_cast<QPushButton *>(bar->itemAt(i)->widget()))
                chain << button;
        }
    };
    addButtonsOf(m_processBar);
    chain << m_state << m_search << m_table << m_details->lastInTabOrder();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void TemporaryCardView::saveLayout(LayoutMemory &memory) const
{
    memory.setValue(QStringLiteral("cards/columns"), m_table->horizontalHeader()->saveState());
    memory.setValue(QStringLiteral("cards/split"), m_split->saveState());
    const QVariant state = m_state->currentData();
    memory.setValue(QStringLiteral("cards/state"),
                    state.isValid() ? CardStates::toStorage(CardState(state.toInt())) : QString());
}

void TemporaryCardView::restoreLayout(const LayoutMemory &memory)
{
    // Qt refuses a saved state of another shape (a column added since) and keeps the defaults.
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(memory.value(QStringLiteral("cards/columns")).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder()); // the order too
    m_split->restoreState(memory.value(QStringLiteral("cards/split")).toByteArray());
    if (const auto state = CardStates::fromStorage(memory.value(QStringLiteral("cards/state")).toString())) {
        const int index = m_state->findData(int(*state));
        if (index >= 0)
            m_state->setCurrentIndex(index);
    }
}

void TemporaryCardView::setRefreshAllowed(bool allowed)
{
    m_refresh->setVisible(allowed);
    m_refreshAction->setVisible(allowed);
}

QList<CardRow> TemporaryCardView::selectedCards() const
{
    QList<CardRow> cards;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        cards << m_model->card(index.row());
    std::sort(cards.begin(), cards.end(), [](const CardRow &a, const CardRow &b) { return a.id < b.id; });
    return cards;
}

void TemporaryCardView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TemporaryCardView::applyFilter()
{
    m_searchDelay.stop();
    CardFilter filter;
    if (m_state->currentIndex() > 0)
        filter.state = CardState(m_state->currentData().toInt());
    filter.text = m_search->text().trimmed();
    if (filter.state != m_model->filter().state || filter.text != m_model->filter().text)
        m_model->setFilter(filter);
}

void TemporaryCardView::updateCommands()
{
    const QList<CardRow> cards = selectedCards();
    QList<CardState> states;
    for (const CardRow &card : cards)
        states << card.state;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (!Processes::startsFromQuickSearch(it.key()))
            it.value()->setEnabled(Processes::canStartOn(it.key(), states));
    }
    m_refresh->setEnabled(cards.size() == 1 && !cards.first().goCardsCardId.isEmpty());
    m_refreshAction->setEnabled(m_refresh->isEnabled());
}

} // namespace tempcards

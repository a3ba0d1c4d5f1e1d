// SPDX-License-Identifier: Apache-2.0
#include "LayoutMemory.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

namespace tempcards {

namespace {
const QString kLastUserName = QStringLiteral("login/lastUserName");

QHeaderView *columnsOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// Saves its window's layout each time the window is hidden (closing hides it first).
class LayoutKeeper : public QObject
{
public:
    LayoutKeeper(QWidget *window, const LayoutMemory &memory, const QString &key)
        : QObject(window), m_memory(memory), m_key(key)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide && watched == parent())
            m_memory.saveParts(static_cast<QWidget *>(watched), m_key);
        return false;
    }

private:
    LayoutMemory m_memory;
    QString m_key;
};

} // namespace

LayoutMemory::LayoutMemory(QSettings *settings, const QString &userName) : m_settings(settings)
{
    // User names are a-z, digits and . _ @ - (Credentials): nothing QSettings reads as a separator. Anything
    // else is dropped rather than nest or escape a group.
    QString group;
    for (const QChar c : userName.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('@') ||
            c == QLatin1Char('-'))
            group += c;
    }
    m_group = QStringLiteral("layout/%1/").arg(group.isEmpty() ? QStringLiteral("_") : group);
}

QString LayoutMemory::keyOf(const QString &key) const
{
    return m_group + key;
}

QVariant LayoutMemory::value(const QString &key) const
{
    return m_settings ? m_settings->value(keyOf(key)) : QVariant();
}

void LayoutMemory::setValue(const QString &key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(keyOf(key), value);
}

void LayoutMemory::restoreParts(QWidget *root, const QString &key) const
{
    if (root->isWindow())
        root->restoreGeometry(value(key + QStringLiteral("/geometry")).toByteArray());
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(value(key + QLatin1Char('/') + splitter->objectName()).toByteArray());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *columns = columnsOf(view);
        if (columns && !view->objectName().isEmpty() &&
            columns->restoreState(value(key + QLatin1Char('/') + view->objectName()).toByteArray()))
            view->setProperty(kRestoredProperty, true);
    }
}

void LayoutMemory::saveParts(const QWidget *root, const QString &key)
{
    if (root->isWindow())
        setValue(key + QStringLiteral("/geometry"), root->saveGeometry());
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            setValue(key + QLatin1Char('/') + splitter->objectName(), splitter->saveState());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (QHeaderView *columns = columnsOf(view); columns && !view->objectName().isEmpty())
            setValue(key + QLatin1Char('/') + view->objectName(), columns->saveState());
    }
}

void LayoutMemory::keep(QWidget *window, const QString &key) const
{
    restoreParts(window, key);
    new LayoutKeeper(window, *this, key);
}

QString LayoutMemory::lastUserName(const QSettings *settings)
{
    return settings ? settings->value(kLastUserName).toString() : QString();
}

void LayoutMemory::setLastUserName(QSettings *settings, const QString &userName)
{
    if (settings)
        settings->setValue(kLastUserName, userName);
}

} // namespace tempcards

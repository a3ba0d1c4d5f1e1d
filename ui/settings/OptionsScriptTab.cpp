// SPDX-License-Identifier: Apache-2.0
#include "OptionsScriptTab.h"
#include "DialogParts.h"

#include "SettingsService.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace tempcards {

OptionsScriptTab::OptionsScriptTab(SettingsService *settings, const QString &script, int version, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("optionsScriptTab"));
    m_editor = new QPlainTextEdit(script, this);
    m_editor->setObjectName(QStringLiteral("optionsScriptPlainTextEdit"));
    m_editor->setAccessibleName(tr("Temporary card options script"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scriptStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setAccessibleDescription(tr("Whether the script as typed can be saved, or where it is wrong"));
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(200);
    connect(&m_checkDelay, &QTimer::timeout, this, &OptionsScriptTab::check);
    connect(m_editor, &QPlainTextEdit::textChanged, &m_checkDelay, qOverload<>(&QTimer::start));

    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("optionsVersionComboBox"));
    m_versions->setAccessibleName(tr("Saved versions"));
    const QLocale locale;
    for (const auto &saved : m_settings->optionsHistory()) {
        m_versions->addItem(
            tr("Version %1, %2, by %3")
                .arg(saved.version)
                .arg(locale.toString(saved.createdAt.toLocalTime(), QLocale::ShortFormat), saved.createdBy),
            saved.version);
    }
    m_versions->addItem(tr("The built-in defaults"), 0);
    m_versions->setCurrentIndex(qMax(0, m_versions->findData(version)));
    m_restore = new QPushButton(tr("Res&tore into the editor"), this);
    m_restore->setObjectName(QStringLiteral("restoreVersionPushButton"));
    m_restore->setAccessibleName(tr("Restore the chosen version into the editor"));
    connect(m_restore, &QPushButton::clicked, this, &OptionsScriptTab::restore);
    auto *versionLabel = new QLabel(tr("Sa&ved versions:"), this);
    versionLabel->setBuddy(m_versions);

    auto *versions = new QHBoxLayout;
    versions->addWidget(versionLabel);
    versions->addWidget(m_versions, 1);
    versions->addWidget(m_restore);
    auto *scriptLabel = new QLabel(tr("Sc&ript:"), this);
    scriptLabel->setBuddy(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scriptLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addLayout(versions);
    check();
    DialogParts::describe(
        this, {
                  {QStringLiteral("optionsScriptPlainTextEdit"),
                   tr("The options script of the temporary card; it is checked as you type")},
                  {QStringLiteral("optionsVersionComboBox"), tr("Earlier saved versions of the options script")},
                  {QStringLiteral("restoreVersionPushButton"),
                   tr("Put the chosen earlier version into the editor; Save keeps it")},
              });
}

QString OptionsScriptTab::script() const
{
    return m_editor->toPlainText();
}

void OptionsScriptTab::applyValue(const QString &name, const QVariant &value)
{
    if (OptionsScript::parse(script()).error)
        return;
    m_editor->setPlainText(OptionsScript::withValue(script(), name, value));
    check();
}

void OptionsScriptTab::check()
{
    m_checkDelay.stop();
    const auto result = TempCardOptions::fromScript(script());
    if (result.error) {
        m_status->setText(tr("Not valid: %1").arg(result.error->toString()));
        emit scriptChecked(std::nullopt);
        return;
    }
    m_status->setText(tr("The script is valid."));
    emit scriptChecked(result.options);
}

void OptionsScriptTab::restore()
{
    const QString text = m_settings->optionsScript(m_versions->currentData().toInt());
    if (text.isNull())
        return;
    m_editor->setPlainText(text);
    check();
}

} // namespace tempcards

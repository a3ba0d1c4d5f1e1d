// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SettingsStore.h"
#include "TempCardOptions.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tempcards {

class SettingsService;

// Temporary card > Options script: the script as text, checked as it is typed (line, column and reason
// of the first problem), and its earlier versions, any of which can be restored into the editor. Nothing
// is stored until the dialog saves; a script with a problem is refused then and the old options stay.
class OptionsScriptTab : public QWidget
{
    Q_OBJECT

public:
    OptionsScriptTab(SettingsService *settings, const QString &script, int version, QWidget *parent = nullptr);

    QString script() const;
    // Writes one option's value into the script, keeping its comments, when the script parses.
    void applyValue(const QString &name, const QVariant &value);

signals:
    // After every edit: the script's options, or nothing while it has a problem.
    void scriptChecked(const std::optional<TempCardOptions> &options);

private:
    void check();
    void restore();

    SettingsService *m_settings;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QComboBox *m_versions;
    QPushButton *m_restore;
    QTimer m_checkDelay;
};

} // namespace tempcards

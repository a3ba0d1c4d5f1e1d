// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace tempcards {

// A PEM text (certificates, a key) with a Load button beside it that reads it from a file of at most 1 MiB.
// The text is `<objectName>PlainTextEdit`-style named by the caller (GUI tests find both by name); a label's
// mnemonic goes to edit(). A file that cannot be read is reported by problem(), the text left as it was.
class PemField : public QWidget
{
    Q_OBJECT

public:
    // `title` names the content in the Load button's words ("trusted certificates").
    PemField(QWidget *parent, const char *editName, const char *loadName, const QString &accessibleName,
             const QString &loadText, const QString &title);

    QPlainTextEdit *edit() const { return m_edit; }
    QPushButton *loadButton() const { return m_load; }
    QByteArray pem() const;
    void setPem(const QByteArray &pem);
    void setPlaceholderText(const QString &text);

signals:
    void problem(const QString &message);

private:
    void load();

    QString m_title;
    QPlainTextEdit *m_edit;
    QPushButton *m_load;
};

} // namespace tempcards

// SPDX-License-Identifier: Apache-2.0
#include "PemField.h"

#include "DialogParts.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tempcards {

namespace {
constexpr qint64 kMaxPemBytes = 1024 * 1024;
}

PemField::PemField(QWidget *parent, const char *editName, const char *loadName, const QString &accessibleName,
                   const QString &loadText, const QString &title)
    : QWidget(parent), m_title(title)
{
    m_edit = DialogParts::named<QPlainTextEdit>(this, editName, accessibleName);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_load = DialogParts::button(this, loadText, loadName);
    m_load->setAccessibleName(tr("Load %1 from a file").arg(title));
    m_load->setToolTip(tr("Read the %1 from a PEM file").arg(title));
    connect(m_load, &QPushButton::clicked, this, &PemField::load);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_load, 0, Qt::AlignTop);
    setFocusProxy(m_edit);
}

QByteArray PemField::pem() const
{
    return m_edit->toPlainText().toUtf8();
}

void PemField::setPem(const QByteArray &pem)
{
    m_edit->setPlainText(QString::fromUtf8(pem));
}

void PemField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PemField::load()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load %1").arg(m_title), QString(),
                                                      tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxPemBytes) {
        emit problem(file.isOpen() ? tr("%1 is larger than 1 MiB; that is not a PEM file.").arg(path)
                                   : tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    setPem(file.readAll());
}

} // namespace tempcards

// SPDX-License-Identifier: Apache-2.0
#include "ServiceCredential.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tempcards {

std::optional<QString> ServiceCredential::read(const QProcessEnvironment &environment, const QString &name,
                                               QString *problem)
{
    const QString directory = environment.value(kDirectoryVariable);
    if (directory.isEmpty())
        return std::nullopt;
    const QString path = QDir(directory).filePath(name);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The credential %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(kMaximumBytes + 1);
    if (bytes.size() > kMaximumBytes) {
        *problem =
            tr("The credential %1 is larger than %2 bytes: it is not a client secret.").arg(path).arg(kMaximumBytes);
        return std::nullopt;
    }
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *problem = tr("The credential %1 is empty.").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

} // namespace tempcards

#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::content {

// A variable the template language knows, with its Chinese and ASCII names.
struct VariableInfo
{
    QString group;   // "title", "body", "cta"
    QString chinese; // 产品名
    QString ascii;   // product
};

struct VariableUse
{
    QString name;     // as written
    QString key;      // canonical (the ASCII name) when known, else the name
    bool known = false;
    qint32 start = 0; // UTF-16 offsets of "{name}" in the template, braces included
    qint32 end = 0;
};

// Renders templates with {variables}: names may be Chinese or ASCII ({产品名} = {product}),
// "{{" and "}}" stand for literal braces. A missing value is an error that names every missing
// variable; an unknown name is reported by variables() so the editor can flag it.
class TemplateRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    TemplateRenderer() = delete;

    static const QList<VariableInfo>& knownVariables();
    // Canonical key for a name ("产品名" and "product" -> "product"); the name itself if unknown.
    static QString canonical(const QString& name);

    // Every {variable} in the text, in order. Unbalanced braces are reported as errors.
    static Result<QList<VariableUse>> variables(const QString& templateText);
    // values may use either name of a variable.
    static Result<QString> render(const QString& templateText, const QHash<QString, QString>& values);
    // The variables a render would miss, as the template writes them, in order of first use.
    static QStringList missing(const QString& templateText, const QHash<QString, QString>& values);
    // For previews: renders with every missing value shown as 【name】; text that does not parse
    // comes back as it is.
    static QString preview(const QString& templateText, const QHash<QString, QString>& values);
};

} // namespace lx::content

#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lx::text {

struct LineIssue
{
    int line = 0;
    QString reason;
};

// One word list with its category. Real lists are messy: UTF-16 with a BOM, CRLF, a whole list
// on one '|'-separated line, invalid UTF-8, empty lines, duplicates. Loading keeps every good
// word and reports each bad line by number.
struct LexiconFile
{
    Q_DECLARE_TR_FUNCTIONS(LexiconFile)

public:
    QString path;
    QString category;
    QStringList words;
    QList<LineIssue> issues;
    int duplicates = 0;

    // Category defaults to the file name without its extension.
    static Result<LexiconFile> load(const QString& path, const QString& category = {});
    static LexiconFile parse(const QByteArray& bytes, const QString& category);
    // Every *.txt file of a folder, in name order.
    static Result<QList<LexiconFile>> loadDirectory(const QString& dir);
    static QString categoryFromFileName(const QString& path);
    // Why an entry cannot be a word (longer than limits::kMaxLexiconEntryChars code points, or
    // holding a control character), or empty when it can. Such entries are never loaded, so one
    // bad line cannot break matching for every list.
    static QString entryProblem(QStringView word);
};

} // namespace lx::text

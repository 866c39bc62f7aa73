// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace Versus {

// Finds places in the text of a JSON document that QJsonDocument has already accepted:
// QJsonDocument keeps no positions and silently drops duplicate keys, and both are needed to
// report errors as FILE:LINE:COLUMN: /pointer. The scan works on the raw bytes and allocates
// only for keys it has to compare.
class JsonLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    struct Duplicate
    {
        QString pointer; // of the second occurrence's value
        qsizetype offset = 0;
        QString key;
    };

    explicit JsonLocator(QByteArrayView text);

    // Line and column (1-based, column counted in characters) of a byte offset.
    Position position(qsizetype offset) const;

    // Byte offset of the value that `pointer` names, or of the deepest existing value on its
    // way when the rest does not exist (a missing member is reported at its object).
    qsizetype offsetOf(const QString &pointer) const;

    // Every key that occurs twice in one object, in document order: the first `limit` of them,
    // with the number of all of them in `total`. A file made of nothing but one key repeated
    // holds millions of duplicates, and nobody reads past the first hundred.
    QList<Duplicate> duplicateKeys(qsizetype limit = std::numeric_limits<qsizetype>::max(),
                                   qsizetype *total = nullptr) const;

    static QString escapePointerToken(const QString &token);

private:
    qsizetype skipWhitespace(qsizetype pos) const;
    qsizetype skipString(qsizetype pos) const;
    qsizetype skipValue(qsizetype pos) const;
    QString decodeString(qsizetype pos) const;
    struct DuplicateScan
    {
        QList<Duplicate> found;
        qsizetype limit = 0;
        qsizetype total = 0;
        // The way to the value being walked: a key (its offset) or an index for each step.
        struct Step
        {
            qsizetype keyAt = -1;
            int index = 0;
        };
        std::vector<Step> path;
    };
    qsizetype collectDuplicates(qsizetype pos, DuplicateScan &scan, int depth) const;
    QString pointerOf(const DuplicateScan &scan) const;

    QByteArrayView m_text;
    // The position of every CheckpointSpacing-th byte, made when position() is first asked, so
    // that each later call scans at most that many bytes instead of the text from its start:
    // a file with a hundred errors near the end of 16 MiB is located in one pass, not 100.
    static constexpr qsizetype CheckpointSpacing = 4096;
    mutable QList<Position> m_checkpoints;
};

} // namespace Versus

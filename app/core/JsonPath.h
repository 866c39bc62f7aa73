// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Versus {

// The way from the top of a JSON document to the value being read: a step for each open object
// (its current key) and array (its current index). JsonScanner keeps it as it goes; an error's
// JSON pointer is made from it, and a rank for each step that orders the errors as the format
// tables list the members (the reader sets a step's rank; by default it is the step's index).
class JsonPath
{
public:
    struct Step
    {
        bool object = false;
        bool first = true;
        int index = -1; // of the current element, or members so far
        QByteArrayView key;
        bool keyEscaped = false;
        int rank = 0;
    };

    int depth() const { return int(m_steps.size()); }
    bool isEmpty() const { return m_steps.empty(); }
    Step &last() { return m_steps.back(); }
    const Step &last() const { return m_steps.back(); }
    // Inline: every rating opens a step.
    void push(bool object)
    {
        if (m_steps.capacity() == 0)
            m_steps.reserve(16);
        Step step;
        step.object = object;
        m_steps.push_back(step);
    }
    void pop() { m_steps.pop_back(); }

    // The JSON pointer of the steps down to `depth`, and their ranks as a sort key.
    QString pointer(int depth) const;
    QByteArray rank(int depth) const;

    static QString escapeToken(const QString &token);
    // A key as written between its quotes, decoded.
    static QString decodeKey(QByteArrayView raw, bool escaped);

private:
    std::vector<Step> m_steps;
};

} // namespace Versus

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactText.h"

#include "FrameworkModel.h"

using namespace Qt::StringLiterals;

namespace Versus::FactText {

QString name(Fact fact)
{
    switch (fact) {
    case Fact::Developer:
        return FrameworkModel::tr("Developer");
    case Fact::FirstRelease:
        return FrameworkModel::tr("First release");
    case Fact::LastRelease:
        return FrameworkModel::tr("Last release");
    case Fact::License:
        return FrameworkModel::tr("License");
    case Fact::Language:
        return FrameworkModel::tr("Core language");
    case Fact::Apis:
        return FrameworkModel::tr("APIs");
    case Fact::Status:
        return FrameworkModel::tr("Status");
    }
    return {};
}

QString display(const Framework &framework, Fact fact)
{
    switch (fact) {
    case Fact::Developer:
        return framework.developer;
    case Fact::FirstRelease:
        return framework.firstRelease ? QString::number(*framework.firstRelease) : QString();
    case Fact::LastRelease:
        return framework.lastRelease ? QString::number(*framework.lastRelease) : QString();
    case Fact::License:
        return framework.license;
    case Fact::Language:
        return framework.language;
    case Fact::Apis:
        return framework.apis.join(u", "_s);
    case Fact::Status:
        return framework.status;
    }
    return {};
}

QVariant edit(const Framework &framework, Fact fact)
{
    if (fact == Fact::FirstRelease || fact == Fact::LastRelease) {
        const std::optional<int> &year =
            fact == Fact::FirstRelease ? framework.firstRelease : framework.lastRelease;
        return year ? QVariant(*year) : QVariant();
    }
    return display(framework, fact);
}

} // namespace Versus::FactText

// SPDX-License-Identifier: MIT
#include "changekinds.h"

#include <iterator>

namespace sc {

namespace {

// Every enumerator has exactly one row: the tables are indexed by the enum's value.
template <class Enum, std::size_t N>
constexpr bool rowsInEnumOrder(const ChangeName<Enum> (&table)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (std::size_t(table[i].value) != i)
            return false;
    }
    return true;
}
static_assert(rowsInEnumOrder(kOperationKindNames), "kOperationKindNames: one row per OperationKind, in enum order");
static_assert(rowsInEnumOrder(kTargetTypeNames), "kTargetTypeNames: one row per TargetType, in enum order");
static_assert(std::size(kOperationKindNames) == std::size_t(OperationKind::Disconnect) + 1,
              "kOperationKindNames: a row is missing");
static_assert(std::size(kTargetTypeNames) == std::size_t(TargetType::Monitor) + 1, "kTargetTypeNames: a row is missing");

template <class Enum, std::size_t N>
QString nameOf(const ChangeName<Enum> (&table)[N], Enum value)
{
    return QString::fromLatin1(table[std::size_t(value)].name);
}

template <class Enum, std::size_t N>
std::optional<Enum> parse(const ChangeName<Enum> (&table)[N], QStringView name)
{
    for (const ChangeName<Enum>& row : table) {
        if (name == QLatin1String(row.name))
            return row.value;
    }
    return std::nullopt;
}

template <class Enum, std::size_t N>
QStringList namesOf(const ChangeName<Enum> (&table)[N])
{
    QStringList names;
    for (const ChangeName<Enum>& row : table)
        names.append(QString::fromLatin1(row.name));
    return names;
}

} // namespace

QString operationKindName(OperationKind kind)
{
    return nameOf(kOperationKindNames, kind);
}

QString targetTypeName(TargetType type)
{
    return nameOf(kTargetTypeNames, type);
}

std::optional<OperationKind> parseOperationKind(QStringView name)
{
    return parse(kOperationKindNames, name);
}

std::optional<TargetType> parseTargetType(QStringView name)
{
    return parse(kTargetTypeNames, name);
}

QStringList operationKindNames()
{
    return namesOf(kOperationKindNames);
}

QStringList targetTypeNames()
{
    return namesOf(kTargetTypeNames);
}

} // namespace sc

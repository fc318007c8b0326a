#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace termlens {

// The words an enumeration is written with in files and on the command line. Each enum has
// one table (vocabulary.cpp); keys are part of the stable formats of INTERFACES.md.
template <typename E> struct VocabularyEntry
{
    E value;
    const char16_t *key;
};

template <typename E> std::span<const VocabularyEntry<E>> vocabulary();

template <typename E> QString keyOf(E value)
{
    for (const auto &entry : vocabulary<E>()) {
        if (entry.value == value)
            return QString::fromUtf16(entry.key);
    }
    return {};
}

template <typename E> std::optional<E> fromKey(QStringView key)
{
    for (const auto &entry : vocabulary<E>()) {
        if (key == QStringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E> QStringList keysOf()
{
    QStringList keys;
    for (const auto &entry : vocabulary<E>())
        keys << QString::fromUtf16(entry.key);
    return keys;
}

} // namespace termlens

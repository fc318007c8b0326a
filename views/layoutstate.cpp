#include "layoutstate.h"

#include <QDataStream>
#include <QHeaderView>
#include <QList>
#include <QSplitter>

namespace termlens {

QByteArray saveLayoutParts(std::initializer_list<LayoutPart> parts)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    for (const LayoutPart &part : parts)
        out << std::visit([](auto *widget) { return widget->saveState(); }, part);
    return state;
}

bool restoreLayoutParts(const QByteArray &state, std::initializer_list<LayoutPart> parts)
{
    QDataStream in(state);
    QList<QByteArray> states;
    for (qsizetype i = 0; i < qsizetype(parts.size()); ++i) {
        QByteArray one;
        in >> one;
        states.append(one);
    }
    if (in.status() != QDataStream::Ok)
        return false;
    qsizetype i = 0;
    for (const LayoutPart &part : parts) {
        const QByteArray &one = states[i++];
        std::visit([&one](auto *widget) { widget->restoreState(one); }, part);
    }
    return true;
}

} // namespace termlens

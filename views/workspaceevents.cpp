#include "workspaceevents.h"

namespace termlens {

WorkspaceEvents::WorkspaceEvents(QObject *parent)
    : QObject(parent)
{}

WorkspaceEvents::~WorkspaceEvents() = default;

} // namespace termlens

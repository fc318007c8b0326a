#pragma once

class QLockFile;

namespace termlens {

// Takes a workspace's lock file at once, or leaves it (then lock.error() says why). A lock is
// never taken over because of its age, only when its holder is gone:
// - QLockFile's own test: the holder named in the file was on this host and has died;
// - every live holder keeps an flock(2) on its lock file, so a lock file nobody flocks is
//   taken over when it names this host (its process id was reused by a live program) or names
//   no one at all (its holder was killed between creating the file and writing into it, and
//   the file stays empty). QLockFile alone would honour such a file for ever.
bool tryLockWorkspaceFile(QLockFile &lock);

} // namespace termlens

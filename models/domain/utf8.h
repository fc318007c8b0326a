#pragma once

#include <QByteArrayView>

namespace termlens {

// Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or -1 when the text is valid. Every importer checks its file with
// this before decoding, so a bad byte is reported with its place instead of becoming U+FFFD.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace termlens

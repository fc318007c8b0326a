#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace termlens {

// What the agreement editor shows for each field of a term sheet (termsheet-format.md): the
// JSON key, a translated label and the kind of widget. The form reads and writes the term
// sheet's own JSON, and the domain's validator (parseTermSheet) checks it, so the editor keeps
// exactly the rules of an import and every problem comes back with the path of its field.
enum class EditorFieldType
{
    Text,
    LongText,     // a few lines (notes, quotes)
    DocumentText, // a document's full text
    Decimal,      // exact, in the locale's digits
    Integer,
    Bool,         // a check box; absent means false
    OptionalBool, // not stated / yes / no
    Choice,       // one key of an enumeration
    ChoiceSet,    // several keys of an enumeration
    Date,
    Time,
    TimeZone,
    Weekdays,
    TextList,
    DecimalList,
    DocumentRef, // the id of one of the agreement's documents
    Object,
    ObjectList,
};

struct EditorChoice
{
    QString key;
    QString label;
};

struct EditorField
{
    QString key;
    QString label;
    EditorFieldType type = EditorFieldType::Text;
    // Objects: always present (no "stated" check box). Lists of objects: written even when
    // empty. Other fields: marked as required next to their label.
    bool required = false;
    // Lists of objects that are not required: true when "none" differs from "not stated"
    // (sub-processors, data locations), so the list has its own "stated" check box.
    bool statedList = false;
    bool cites = false; // objects that carry a citation (document, clause, quote, note...)
    QList<EditorChoice> choices;
    QList<EditorField> fields; // objects, and the elements of lists of objects
    // Shown (and written) only while the sibling field `kindKey` holds one of `kinds`.
    QString kindKey;
    QStringList kinds;
    QString itemLabel; // lists: "Tier", "Level"
    QString hint;      // placeholder or tooltip
};

// One page of the editor: fields of the term sheet's top level (path "") or of its terms
// (path "terms").
struct EditorSection
{
    QString title;
    QString path;
    QList<EditorField> fields;
};

QList<EditorSection> agreementEditorSections();
// The citation fields every object marked `cites` has.
QList<EditorField> citationFields();
// The label of a key of a choice, or the key itself.
QString choiceLabel(const QList<EditorChoice> &choices, const QString &key);

} // namespace termlens

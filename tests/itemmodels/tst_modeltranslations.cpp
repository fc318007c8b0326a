#include "agreementmatrixmodel.h"
#include "playbookmodels.h"
#include "translationloader.h"

#include <QAbstractItemModel>
#include <QTest>

#include <functional>
#include <memory>

using namespace termlens;
using namespace Qt::StringLiterals;

// The models' own texts reach the user translated. Qt 6.4's lupdate filed the texts of the
// second and third classes of a header under a context without the namespace after an
// `enum X : int` in the first class, so the app looked them up under "termlens::..." and
// showed English. Expected values: the translators' words in translations/*.ts.
class TestModelTranslations : public QObject
{
    Q_OBJECT

private slots:
    void headersAreTranslated_data();
    void headersAreTranslated();
};

using ModelFactory = std::function<std::unique_ptr<QAbstractItemModel>()>;
Q_DECLARE_METATYPE(ModelFactory)

namespace {

template <class Model> ModelFactory make()
{
    return [] { return std::unique_ptr<QAbstractItemModel>(new Model); };
}

} // namespace

void TestModelTranslations::headersAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<ModelFactory>("model");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");

    const auto sub = make<SubprocessorMatrixModel>();
    const auto loc = make<DataLocationMatrixModel>();
    const auto scores = make<PlaybookScoresModel>();
    const auto results = make<PlaybookResultsModel>();
    QTest::newRow("de sub-processor") << u"de"_s << sub << int(AgreementMatrixModel::LabelColumn)
                                      << u"Unterauftragsverarbeiter"_s;
    QTest::newRow("de used by") << u"de"_s << sub << int(AgreementMatrixModel::SummaryColumn)
                                << u"Verwendet von"_s;
    QTest::newRow("de where") << u"de"_s << loc << int(AgreementMatrixModel::SummaryColumn)
                              << u"Wo"_s;
    QTest::newRow("de agreement") << u"de"_s << scores << int(PlaybookScoresModel::VendorColumn)
                                  << u"Vertrag"_s;
    QTest::newRow("de agreement says")
        << u"de"_s << results << int(PlaybookResultsModel::ValueColumn) << u"Vertrag sagt"_s;
    QTest::newRow("fr used by") << u"fr"_s << sub << int(AgreementMatrixModel::SummaryColumn)
                                << u"Utilisé par"_s;
    QTest::newRow("fr country") << u"fr"_s << loc << int(AgreementMatrixModel::LabelColumn)
                                << u"Pays"_s;
    QTest::newRow("fr agreement says")
        << u"fr"_s << results << int(PlaybookResultsModel::ValueColumn)
        << u"Ce que dit le contrat"_s;
}

void TestModelTranslations::headersAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(ModelFactory, model);
    QFETCH(int, column);
    QFETCH(QString, header);
    installTranslations(language);
    const std::unique_ptr<QAbstractItemModel> m = model();
    QCOMPARE(m->headerData(column, Qt::Horizontal).toString(), header);
}

QTEST_GUILESS_MAIN(TestModelTranslations)
#include "tst_modeltranslations.moc"

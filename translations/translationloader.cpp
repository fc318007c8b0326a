#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace termlens {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void install(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed() << translator;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

void installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    const QString i18n = QStringLiteral(":/i18n");
    auto *english = new QTranslator(app);
    install(english, english->load(QStringLiteral("termlens_en"), i18n));
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *own = new QTranslator(app);
        install(own, own->load(locale, QStringLiteral("termlens"), QStringLiteral("_"), i18n));
        auto *qt = new QTranslator(app);
        install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
}

// Runs inside the QCoreApplication constructor (startup.cpp), before main() sets the
// organisation name, so the settings file is named explicitly. Only TermLens' own programs
// read the user's choice; tests get the system (pinned C) locale.
void installTranslationsAtStartup()
{
    const QString program = QCoreApplication::applicationName();
    QString language;
    if (program == QLatin1String("termlens") || program == QLatin1String("termlens-cli"))
        language = QSettings(QStringLiteral("TermLens"), QStringLiteral("TermLens"))
                       .value(QStringLiteral("ui/language"))
                       .toString();
    installTranslations(shippedLanguages().contains(language) ? language : QString());
}

} // namespace termlens

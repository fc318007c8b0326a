#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace termlens {

namespace {

QString &installedLanguageValue()
{
    static QString language;
    return language;
}

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
    installedLanguageValue() = language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Also when going back to the system's language after another was chosen (View > Language).
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

QString installedLanguage()
{
    return installedLanguageValue();
}

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QString effectiveLanguage(const QString &language)
{
    if (shippedLanguages().contains(language))
        return language;
    switch (QLocale::system().language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

QString languageName(const QString &language)
{
    // Each language named in itself, so that a user who cannot read the current one finds
    // their own.
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"fr")
        return QStringLiteral("Fran\u00e7ais");
    return QStringLiteral("English");
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
                       .value(languageSettingKey())
                       .toString();
    installTranslations(shippedLanguages().contains(language) ? language : QString());
}

} // namespace termlens

#include "common/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lx::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent)
{
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::displayName(const QString& code)
{
    // Each language in its own script, so a user who cannot read the other one finds theirs.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::applySaved()
{
    QSettings settings;
    const QString saved = settings.value(QStringLiteral("ui/language")).toString();
    setLanguage(available().contains(saved) ? saved : systemDefault(), false);
}

bool LanguageManager::setLanguage(const QString& code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_app = new QTranslator(this);
    if (m_app->load(QStringLiteral(":/i18n/lingxi_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_app);
    if (code != QLatin1String("en")) {
        m_qt = new QTranslator(this);
        if (m_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    m_current = code;
    QLocale::setDefault(QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    if (remember) {
        QSettings settings;
        settings.setValue(QStringLiteral("ui/language"), code);
    }
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace lx::ui

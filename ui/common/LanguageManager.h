#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace lx::ui {

// Installs Lingxi's and Qt's own translations for the chosen language and remembers the
// choice. Widgets follow through QEvent::LanguageChange, so a switch needs no restart.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList available(); // "zh_CN", "en"
    static QString displayName(const QString& code);
    // zh_CN where the system locale is Chinese, English elsewhere.
    static QString systemDefault();

    QString current() const { return m_current; }
    // Loads the saved choice (or the system default).
    void applySaved();
    bool setLanguage(const QString& code, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QString m_current;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace lx::ui

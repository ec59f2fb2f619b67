#include "main/AboutDialog.h"

#include "crypto/Crypto.h"
#include "inference/SentimentModel.h"
#include "store/Workspace.h"
#include "text/WordSegmenter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lx::ui {

QStringList AboutDialog::componentVersions()
{
    return {
        QStringLiteral("Lingxi %1").arg(QStringLiteral(LX_VERSION_STRING)),
        QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("SQLite %1").arg(store::Workspace::sqliteVersion()),
        crypto::Crypto::libraryVersion(),
        QStringLiteral("ICU %1").arg(text::WordSegmenter::icuVersion()),
        QStringLiteral("libtorch %1 (%2)").arg(inference::torchVersion(),
                                               inference::cudaAvailable() ? QStringLiteral("CUDA") : QStringLiteral("CPU")),
    };
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Lingxi"));
    auto* title = new QLabel(tr("<h2>灵犀 Lingxi</h2>"), this);
    auto* text = new QLabel(tr("An operator workstation for social marketing and customer service on Chinese "
                               "platforms: conversation takeover and escalation queues for agents, templates and "
                               "A/B tests for marketers, queues, SLAs and model quality for supervisors."),
                            this);
    text->setWordWrap(true);
    auto* versions = new QLabel(componentVersions().join(QLatin1Char('\n')), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Components:"), this));
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace lx::ui

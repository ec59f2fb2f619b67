#include "experiments/NewExperimentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>

namespace lx::ui {

QString NewExperimentDialog::metricTitle(const QString& key)
{
    if (key == QLatin1String("click_through"))
        return NewExperimentDialog::tr("Click-through rate");
    if (key == QLatin1String("conversion"))
        return NewExperimentDialog::tr("Conversion rate");
    return NewExperimentDialog::tr("Engagement rate");
}

NewExperimentDialog::NewExperimentDialog(const QList<content::ContentItem>& items,
                                         const QHash<qint64, content::GateVerdict>& verdicts, QWidget* parent)
    : QDialog(parent), m_items(items), m_verdicts(verdicts)
{
    // The items that may be tested on users, in list order: the rows start on these.
    // An item the gate has no verdict on is usable (the service checks it again on start).
    const auto isUsable = [this](qint64 id) {
        const auto v = m_verdicts.constFind(id);
        return v == m_verdicts.cend() || v->usable();
    };
    QList<int> usable;
    for (int i = 0; i < m_items.size(); ++i) {
        if (isUsable(m_items.at(i).id))
            usable.append(i);
    }
    setObjectName(QStringLiteral("newExperimentDialog"));
    setWindowTitle(tr("New experiment"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("experimentName"));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("experimentMetric"));
    for (const QString& m : experiments::ExperimentService::metrics())
        m_metric->addItem(metricTitle(m), m);
    m_metric->setCurrentIndex(1);
    auto* guardrails = new QHBoxLayout;
    for (const QString& m : experiments::ExperimentService::metrics()) {
        auto* box = new QCheckBox(metricTitle(m), this);
        box->setProperty("metric", m);
        guardrails->addWidget(box);
        m_guardrails.append(box);
    }
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Template or script"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Version"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Weight"), this), 0, 3);
    for (int r = 0; r < 3; ++r) {
        Row row;
        row.use = new QCheckBox(QString(QChar(u'A' + r)), this);
        row.use->setChecked(r < 2);
        row.use->setEnabled(r == 2);
        row.item = new QComboBox(this);
        row.item->setObjectName(QStringLiteral("experimentVariant%1").arg(r));
        for (const content::ContentItem& i : m_items) {
            const bool blocked = !isUsable(i.id);
            row.item->addItem(blocked ? tr("#%1 %2 — blocked by the quality gate").arg(i.id).arg(i.name)
                                      : QStringLiteral("#%1 %2").arg(i.id).arg(i.name),
                              i.id);
            if (blocked) {
                // Listed, so that the marketer sees why it is missing, but not selectable.
                const int at = row.item->count() - 1;
                row.item->setItemData(at, m_verdicts.value(i.id).problems(), Qt::ToolTipRole);
                if (auto* model = qobject_cast<QStandardItemModel*>(row.item->model()))
                    model->item(at)->setEnabled(false);
            }
        }
        row.item->setCurrentIndex(usable.isEmpty() ? -1 : usable.at(std::min<int>(r, int(usable.size()) - 1)));
        row.version = new QSpinBox(this);
        row.version->setMinimum(1);
        row.weight = new QDoubleSpinBox(this);
        row.weight->setRange(0.1, 100);
        row.weight->setValue(1);
        auto syncVersions = [this, row] {
            const int i = row.item->currentIndex();
            const int latest = i >= 0 && i < m_items.size() ? m_items.at(i).version : 1;
            row.version->setMaximum(std::max(1, latest));
            row.version->setValue(std::max(1, latest));
        };
        connect(row.item, &QComboBox::currentIndexChanged, this, syncVersions);
        syncVersions();
        grid->addWidget(row.use, r + 1, 0);
        grid->addWidget(row.item, r + 1, 1);
        grid->addWidget(row.version, r + 1, 2);
        grid->addWidget(row.weight, r + 1, 3);
        m_rows.append(row);
    }
    grid->setColumnStretch(1, 1);
    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_end->setCalendarPopup(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("experimentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    if (usable.size() < 2)
        m_problem->setText(tr("Fewer than two templates or scripts pass the quality gate: fix them in their editor, or "
                              "ask a supervisor to let one out."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name", "of an experiment, not a person"), m_name);
    form->addRow(tr("Variants"), grid);
    form->addRow(tr("Primary metric"), m_metric);
    form->addRow(tr("Guardrails"), guardrails);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    form->addRow(tr("Runs"), dates);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, sizeHint().height());
}

void NewExperimentDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
}

experiments::Experiment NewExperimentDialog::experiment() const
{
    experiments::Experiment e;
    e.name = m_name->text().trimmed();
    e.metric = m_metric->currentData().toString();
    for (QCheckBox* box : m_guardrails) {
        if (box->isChecked())
            e.guardrails.append(box->property("metric").toString());
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (!row.use->isChecked())
            continue;
        e.variants.append(experiments::ExperimentVariant{QString(QChar(u'A' + r)), row.item->currentData().toLongLong(),
                                                         row.version->value(), row.weight->value()});
    }
    e.startMs = m_start->date().startOfDay().toMSecsSinceEpoch();
    e.endMs = m_end->date().endOfDay().toMSecsSinceEpoch();
    return e;
}

} // namespace lx::ui

#pragma once

#include "content/ContentGate.h"
#include "content/ContentService.h"
#include "experiments/ExperimentService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lx::ui {

// Defines an experiment: a name, two or three variants (each a template or script version with
// a traffic weight), the primary metric, guardrails, and the days it runs. Items whose latest
// version the quality gate blocks (and no supervisor let out) are listed but cannot be chosen,
// and none is preselected.
class NewExperimentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewExperimentDialog)

public:
    NewExperimentDialog(const QList<content::ContentItem>& items, const QHash<qint64, content::GateVerdict>& verdicts,
                        QWidget* parent = nullptr);
    experiments::Experiment experiment() const;
    static QString metricTitle(const QString& key);
    void showProblem(const QString& text);

private:
    struct Row
    {
        QCheckBox* use = nullptr;
        QComboBox* item = nullptr;
        QSpinBox* version = nullptr;
        QDoubleSpinBox* weight = nullptr;
    };
    QList<content::ContentItem> m_items;
    QHash<qint64, content::GateVerdict> m_verdicts;
    QLineEdit* m_name = nullptr;
    QComboBox* m_metric = nullptr;
    QList<QCheckBox*> m_guardrails;
    QList<Row> m_rows;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace lx::ui

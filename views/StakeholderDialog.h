#pragma once
// The two questions behind collecting sign-offs from the window: who signs (a stakeholder, with the
// passphrase that seals their new signing key, typed twice), and which roles a release requires.

#include "Prompter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gl {

class StakeholderDialog final : public QDialog {
    Q_OBJECT
public:
    explicit StakeholderDialog(const QStringList &knownRoles, QWidget *parent = nullptr);
    ~StakeholderDialog() override;

    StakeholderAnswer value() const;
    // Why Add is disabled, or empty.
    QString problem() const;

private:
    void check();

    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_email;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

class RequirementDialog final : public QDialog {
    Q_OBJECT
public:
    RequirementDialog(const QString &releaseName, const QStringList &roles, QWidget *parent = nullptr);

    RequirementAnswer value() const;

private:
    QComboBox *m_role;
    QSpinBox *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace gl

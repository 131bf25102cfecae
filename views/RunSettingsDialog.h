#pragma once
// Edits how a release runs its commands: working folder, timeout, output cap, env file, secret markers.

#include "domain/Run.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gl {

class RunSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    RunSettingsDialog(const QString &releaseName, const RunSettings &current, QWidget *parent = nullptr);

    RunSettings value() const;

private:
    void updateAcceptable();

    RunSettings m_current;
    QLineEdit *m_folder;
    QSpinBox *m_timeout;
    QSpinBox *m_outputCap;
    QLineEdit *m_envFile;
    QLineEdit *m_markers;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace gl
